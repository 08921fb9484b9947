import pytest

from index.embeddings.precision import cpu_flags, native_bf16, resolve
from kg.errors import ModelError

ZEN4 = frozenset({"avx2", "avx512f", "avx512_bf16"})
SAPPHIRE = frozenset({"avx2", "amx_bf16", "amx_tile"})
AVX2_ONLY = frozenset({"avx2", "fma"})


def test_auto_takes_bf16_only_where_the_cpu_multiplies_it_natively() -> None:
    assert [resolve("auto", f) for f in (ZEN4, SAPPHIRE, AVX2_ONLY, frozenset())] == ["bf16", "bf16", "fp32", "fp32"]


def test_an_explicit_precision_is_kept_whatever_the_cpu() -> None:
    assert (resolve("fp32", ZEN4), resolve("bf16", AVX2_ONLY)) == ("fp32", "bf16")


def test_an_unknown_precision_names_the_setting() -> None:
    with pytest.raises(ModelError, match="KG_EMBEDDING_PRECISION"):
        resolve("int8")


def test_this_machine_reports_its_flags_consistently() -> None:
    assert native_bf16() == bool({"amx_bf16", "avx512_bf16"} & cpu_flags())
