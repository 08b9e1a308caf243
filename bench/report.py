#!/usr/bin/env python3
"""Turns bench/run.sh's raw timings into Markdown tables: medians, peak memory, ratios, growth."""
import statistics
import sys
from collections import defaultdict

results, rules_tsv, verify = sys.argv[1:4]

wall = defaultdict(list)      # (size, step) -> seconds
capped = set()                # (size, step) that ran out of time: their seconds are a lower bound
rss = defaultdict(int)        # (size, step) -> max KB
sizes, steps = [], []
for line in open(results, encoding="utf-8"):
    size, step, _run, sec, kb = line.rstrip("\n").split("\t")
    if size not in sizes:
        sizes.append(size)
    if step not in steps:
        steps.append(step)
    if sec.startswith(">"):
        capped.add((size, step))
    wall[size, step].append(float(sec.lstrip(">")))
    rss[size, step] = max(rss[size, step], int(kb))

rule_ms = defaultdict(list)   # (size, where, rule) -> ms
for line in open(rules_tsv, encoding="utf-8"):
    size, where, step, _run, ms = line.rstrip("\n").split("\t")
    rule_ms[size, where, step].append(int(ms))


def median(size, step):
    xs = wall.get((size, step))
    return statistics.median(xs) if xs else None


def more(size, steps_):
    return any((size, s) in capped for s in steps_)


def fmt(sec, lower=False):
    if sec is None:
        return "–"
    return (">" if lower else "") + f"{sec:.2f}"


def ratio(a, b, lower=False):
    if a is None or b is None or b == 0:
        return "–"
    return (">" if lower else "") + f"{a / b:.1f}x"


data_sizes = [s for s in sizes if s != "article"]
rules = sorted({k[2] for k in rule_ms if k[2].startswith("rule ")})
base_steps = sorted(s for s in steps if s.startswith("sparql "))

print("| size | step | median wall (s) | peak RSS (MiB) | / parse floor |")
print("| ---- | ---- | --------------: | -------------: | ------------: |")
for size in data_sizes:
    floor = median(size, "parse")
    for step in ["parse", "check-mem", "check-mem-java-jar", "check-mem-novalidate", "report-mem", "tdb2-load",
                 "check-tdb2", "check-tdb2-novalidate"]:
        m = median(size, step)
        if m is None:
            continue
        print(f"| {size} | {step} | {fmt(m)} | {rss[size, step] // 1024} | {ratio(m, floor)} |")
    base = [median(size, s) for s in base_steps]
    if base and all(b is not None for b in base):
        total = sum(base)
        lower = more(size, base_steps)
        peak = max(rss[size, s] for s in base_steps) // 1024
        print(f"| {size} | sparql, 11 rules one by one | {fmt(total, lower)} | {peak} | {ratio(total, floor, lower)} |")
print()

print("| size | check / parse floor | plain java -jar check / parse floor | sparql baseline / check"
      " | TDB2 check / memory check | peak RSS of check (MiB) |")
print("| ---- | ------------------: | ----------------------------------: | ----------------------:"
      " | ------------------------: | ----------------------: |")
for size in data_sizes:
    mem = median(size, "check-mem")
    floor = median(size, "parse")
    base = [median(size, s) for s in base_steps]
    total = sum(base) if base and all(b is not None for b in base) else None
    print(f"| {size} | {ratio(mem, floor)} | {ratio(median(size, 'check-mem-java-jar'), floor)}"
          f" | {ratio(total, mem, more(size, base_steps))}"
          f" | {ratio(median(size, 'check-tdb2'), mem)} | {rss[size, 'check-mem'] // 1024} |")
print()

if "100k" in data_sizes and "1M" in data_sizes:
    print("Growth from 100k to 1M (median wall, 1M / 100k):")
    for step in ["parse", "check-mem", "check-mem-java-jar", "check-mem-novalidate", "check-tdb2",
                 "check-tdb2-novalidate", "tdb2-load"]:
        a, b = median("100k", step), median("1M", step)
        if a and b:
            print(f"- {step}: {b / a:.1f}")
    print()

if rules:
    print("Per rule, median ms inside check (memory / TDB2), and sparql wall s (fresh JVM, loads the data):")
    print()
    header = " | ".join(f"{s} mem | {s} TDB2 | {s} sparql" for s in data_sizes)
    print(f"| step | {header} |")
    print("| ---- |" + " ---: |" * (3 * len(data_sizes)))
    for step in ["rules", "load", "validate", "statements"] + rules:
        cells = []
        for size in data_sizes:
            for where in ["mem", "tdb2"]:
                xs = rule_ms.get((size, where, step))
                cells.append(str(int(statistics.median(xs))) if xs else "–")
            rid = step[len("rule "):] if step.startswith("rule ") else None
            cells.append(fmt(median(size, "sparql " + rid), (size, "sparql " + rid) in capped) if rid else "–")
        print(f"| {step} | " + " | ".join(cells) + " |")
    print()

if any(k[0] == "article" for k in wall):
    print("check on the bundled article, fresh JVM (median of runs):")
    for step, label in [("check-article", "plain"), ("check-article-launcher", "bin/claimcheck (the build's archive)"),
                        ("check-article-appcds", "AppCDS archive"),
                        ("check-article-appcds-c1", "AppCDS + -XX:TieredStopAtLevel=1")]:
        m = median("article", step)
        if m is not None:
            print(f"- {label}: {m:.2f} s, peak RSS {rss['article', step] // 1024} MiB")
    print()

print("Planted contradictions:")
for line in open(verify, encoding="utf-8"):
    print("- " + line.strip())
