"""The tables a real run writes keep the declared schemas and pass the schema's validator."""
import pyarrow.parquet as pq

from pipeline.options import RunOptions
from pipeline.run import run
from pipeline.schema import SCHEMAS, validate_rows


def test_sample_run_tables_match_their_declarations(tmp_path):
    out = tmp_path / "out"
    assert run(RunOptions(output=str(out), progress=False)).status == "completed"
    for table, schema in SCHEMAS.items():
        data = pq.read_table(out / table)
        assert data.schema.names == schema.names, table
        assert [f.type for f in data.schema] == [f.type for f in schema], table
        assert validate_rows(table, data.to_pylist()) == [], table
    assert pq.read_table(out / "claims").num_rows > 0
