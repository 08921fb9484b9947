"""The machine a benchmark ran on, its matrix-multiply ceiling, and memory readings."""

from __future__ import annotations

import os
import platform
import time
from pathlib import Path
from typing import Any


def rss_mb() -> float:
    """Resident memory of this process now (MiB)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def describe() -> dict[str, Any]:
    """CPU model, cores, memory, library versions."""
    import torch

    cpu = platform.processor() or ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem = 0.0
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            mem = int(line.split()[1]) / 1024 / 1024
    from index.embeddings.precision import cpu_flags, resolve

    vector_flags = sorted(f for f in cpu_flags() if f.startswith(("avx", "amx", "fma")))
    return {"cpu": cpu, "cores": os.cpu_count(), "memory_gib": round(mem, 1), "torch": torch.__version__,
            "torch_threads": torch.get_num_threads(), "python": platform.python_version(),
            "load_average": os.getloadavg(), "cpu_flags": vector_flags, "passage_precision": resolve("auto")}


def sgemm_gflops(repeats: int = 8) -> dict[str, float]:
    """Best-of-``repeats`` fp32 matmul throughput: square 2048 and the model's own FFN shape."""
    import torch

    out: dict[str, float] = {}
    for name, (m, k, n) in {"square_2048": (2048, 2048, 2048), "ffn_4096x384x1536": (4096, 384, 1536)}.items():
        a, b = torch.randn(m, k), torch.randn(k, n)
        for _ in range(2):
            a @ b
        best = float("inf")
        for _ in range(repeats):
            t = time.perf_counter()
            a @ b
            best = min(best, time.perf_counter() - t)
        out[name] = round(2 * m * k * n / best / 1e9, 1)
    return out
