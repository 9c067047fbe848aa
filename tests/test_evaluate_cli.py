"""`policy-claims evaluate claims` outside a checkout: a missing gold file is an error with a reason, not silence."""
from pipeline.cli import main as cli_main
from pipeline.evaluation import claims as ev


def test_missing_gold_file_exits_2_with_reason(tmp_path, capsys):
    code = ev.main(["--gold", str(tmp_path / "absent.jsonl")])
    assert code == 2
    err = capsys.readouterr().err
    assert "gold file not found" in err and "absent.jsonl" in err


def test_no_dev_gold_folder_exits_2(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(ev, "GOLD_DIR", tmp_path / "evaluation" / "gold")  # an installed copy: no evaluation/ folder
    assert ev.main([]) == 2
    assert "gold file not found" in capsys.readouterr().err


def test_cli_passes_the_exit_code_on(tmp_path):
    assert cli_main(["evaluate", "claims", "--gold", str(tmp_path / "absent.jsonl")]) == 2
