"""`python -m pipeline` is the same program as `policy-claims`."""
from .cli import main

if __name__ == "__main__":
    raise SystemExit(main())
