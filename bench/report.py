#!/usr/bin/env python3
"""Prints the result table of bench/run.sh (results.tsv) and the large/small p95 ratio as Markdown."""
import csv, sys

rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
print("| size | scenario | conn | req/s | p50 ms | p95 ms | p99 ms | unexpected status | non-2xx/3xx | socket errors | load1 |")
print("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for r in rows:
    print(f"| {r['size']} | {r['scenario']} | {r['connections']} | {r['rps']} | {r['p50_ms']} | {r['p95_ms']} | {r['p99_ms']} | "
          f"{r['unexpected']} | {r['non2xx3xx']} | {r['socket_errors']} | {r['load1']} |")
by = {(r["size"], r["scenario"], r["connections"]): r for r in rows}
ratios = [(sc, c, float(by[("large", sc, c)]["p95_ms"]) / max(float(r["p95_ms"]), 0.001))
          for (size, sc, c), r in by.items() if size == "small" and ("large", sc, c) in by]
if ratios:
    print("\n| scenario | conn | p95 large/small |\n|---|---:|---:|")
    for sc, c, q in ratios:
        print(f"| {sc} | {c} | {q:.2f} |")
