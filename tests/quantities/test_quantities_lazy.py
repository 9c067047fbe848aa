"""quantulum3 stays off the hot path: find_mentions never imports it."""
import subprocess
import sys


def test_find_mentions_does_not_import_quantulum3():
    code = (
        "import sys\n"
        "from pipeline.segment import split_sentences\n"
        "from pipeline.quantities import find_mentions\n"
        "t = 'It rose 5 pct to 4.5 bln dlrs, five pct, half a point and 3 tonnes.'\n"
        "find_mentions(t, split_sentences(t))\n"
        "assert 'quantulum3' not in sys.modules, 'quantulum3 imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
