"""preload() builds every word list and pattern of the claims stage before the workers fork (pipeline/process.py): one
first built lazily inside a worker is built again by each worker."""
import importlib
import inspect
import pkgutil

from pipeline import claims


def _lazy_loaders():
    # every module of the package, so that a new module's loaders are checked too
    for info in pkgutil.iter_modules(claims.__path__):
        module = importlib.import_module(f"{claims.__name__}.{info.name}")
        for name, fn in vars(module).items():
            if callable(fn) and hasattr(fn, "cache_info") and getattr(fn, "__module__", None) == module.__name__:
                params = inspect.signature(fn).parameters.values()
                if all(p.default is not inspect.Parameter.empty for p in params):
                    yield f"{module.__name__}.{name}", fn


def test_preload_builds_every_lazy_loader():
    loaders = list(_lazy_loaders())
    for _, fn in loaders:  # (emptied first: loaders that earlier tests built must not hide one preload misses)
        fn.cache_clear()
    claims.preload()
    missing = [name for name, fn in loaders if fn.cache_info().currsize == 0]
    assert missing == []
