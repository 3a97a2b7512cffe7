#!/usr/bin/env python3
"""Benchmark: `crosscheck extract` with the built-in rules over ../shared/corpus, against `pcre2grep -o`
with one money/percent pattern over the same bytes, in the same run.

Prints bytes, articles, seconds (best of N runs), MB/s and peak memory (max RSS of the process) for each,
and the ratio between them. Skips cleanly when the corpus is absent.
"""
import argparse
import os
import subprocess
import sys
import time

ARTICLE_EXTENSIONS = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".jsonl"}
REFERENCE_PATTERN = (r"(?:[$€£]\s?\d[\d,.]*(?:\s?(?:million|billion|bn|m))?"
                     r"|\d[\d,.]*\s?(?:%|percent|per cent|pct))")


def corpus_files(root):
    files = []
    for directory, subdirectories, names in os.walk(root):
        subdirectories[:] = sorted(d for d in subdirectories if not d.startswith("."))
        for name in sorted(names):
            if not name.startswith(".") and os.path.splitext(name)[1].lower() in ARTICLE_EXTENSIONS:
                files.append(os.path.join(directory, name))
    return files


def count_articles(files):
    count = 0
    for path in files:
        if path.endswith(".jsonl"):
            with open(path, "rb") as handle:
                count += sum(1 for line in handle if line.strip())
        else:
            count += 1
    return count


def measure(command, runs):
    """Best wall time over `runs` runs, and the largest peak RSS (MB) seen."""
    best, peak = None, 0.0
    for _ in range(runs):
        with open(os.devnull, "wb") as sink:
            started = time.perf_counter()
            process = subprocess.Popen(command, stdout=sink, stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(process.pid, 0)
            elapsed = time.perf_counter() - started
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):  # pcre2grep exits 1 when nothing matched
            sys.exit("benchmark command failed with exit code %d: %s" % (code, " ".join(command[:3])))
        best = elapsed if best is None else min(best, elapsed)
        peak = max(peak, usage.ru_maxrss / 1024.0)
    return best, peak


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--binary", default=".build/release/crosscheck")
    parser.add_argument("--corpus", default=os.path.join("..", "shared", "corpus"))
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    if not os.path.isdir(args.corpus):
        print("bench: corpus not found at %s; nothing to measure" % args.corpus)
        return
    files = corpus_files(args.corpus)
    size = sum(os.path.getsize(path) for path in files)
    articles = count_articles(files)
    mb = size / 1e6

    rows = []
    crosscheck_time, crosscheck_peak = measure([args.binary, "extract", "--format", "json"] + files, args.runs)
    rows.append(("crosscheck extract (all built-in rules, JSON)", crosscheck_time, crosscheck_peak))
    reference_time, reference_peak = measure(["pcre2grep", "-o", REFERENCE_PATTERN] + files, args.runs)
    rows.append(("pcre2grep -o (one money/percent pattern)", reference_time, reference_peak))

    print("corpus: %s, %d files, %d articles, %.1f MB; %d cores; best of %d runs"
          % (args.corpus, len(files), articles, mb, os.cpu_count(), args.runs))
    print("%-48s %12s %9s %9s %9s %10s" % ("run", "bytes", "articles", "seconds", "MB/s", "peak MB"))
    for name, seconds, peak in rows:
        print("%-48s %12d %9d %9.2f %9.1f %10.1f" % (name, size, articles, seconds, mb / seconds, peak))
    print("ratio: crosscheck takes %.1fx the time of the pcre2grep reference" % (crosscheck_time / reference_time))


if __name__ == "__main__":
    main()
