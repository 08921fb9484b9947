"""Speed measurements (never timed unit tests); `make bench` runs benchmarks.run."""
