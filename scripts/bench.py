#!/usr/bin/env python3
"""Benchmark: `crosscheck check` with every built-in rule over ../shared/corpus, and over the corpus repeated
ten times, each beside `pcre2grep -o` with one money/percent pattern over the same bytes in the same run; then
the cross-article checks over one million synthetic claims and quotes (crosscheck-bench), beside a reference pass
in the same process that only hashes every fact once.

Prints, for each run, bytes, articles, seconds (best of N runs), MB/s and peak memory (max RSS of the process),
and the ratios. Two more runs over the corpus show where the time goes: the built-in rules without those that find
speech and speakers, and the percentage rule alone (what loading, cleaning, the prefilter and the reports cost).
Skips the corpus runs cleanly when the corpus is absent.
"""
import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
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


def measure(command, runs, rules=None):
    """Best wall time over `runs` runs, and the largest peak RSS (MB) seen; `rules`, a rule folder to use instead
    of the built-in one."""
    best, peak = None, 0.0
    environment = dict(os.environ, CROSSCHECK_RULES=rules) if rules else None
    for _ in range(runs):
        with open(os.devnull, "wb") as sink:
            started = time.perf_counter()
            process = subprocess.Popen(command, stdout=sink, stderr=subprocess.DEVNULL, env=environment)
            _, status, usage = os.wait4(process.pid, 0)
            elapsed = time.perf_counter() - started
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):  # pcre2grep exits 1 when nothing matched
            sys.exit("benchmark command failed with exit code %d: %s" % (code, " ".join(command[:3])))
        best = elapsed if best is None else min(best, elapsed)
        peak = max(peak, usage.ru_maxrss / 1024.0)
    return best, peak


def repeated_corpus(files, times):
    """A temporary folder holding `times` copies of the corpus as symbolic links (no bytes copied)."""
    root = tempfile.mkdtemp(prefix="crosscheck-bench-")
    for copy in range(times):
        for number, path in enumerate(files):
            folder = os.path.join(root, "copy%02d" % copy)
            os.makedirs(folder, exist_ok=True)
            os.symlink(os.path.abspath(path), os.path.join(folder, "%05d-%s" % (number, os.path.basename(path))))
    return root


def corpus_size(files):
    """The bytes and articles of `files`, counted once for every row over them."""
    return sum(os.path.getsize(path) for path in files), count_articles(files)


def check_row(binary, files, size, runs, label, rules=None):
    """Crosscheck's check over `files` (`size`: their bytes and articles), with the built-in rules or those of the
    folder `rules`."""
    output = tempfile.mkdtemp(prefix="crosscheck-bench-reports-")
    # The files go to crosscheck as a list: its argument parser takes time growing with the square of the number of
    # arguments (12 s for the 22,000 files of x10).
    listing = os.path.join(output, "files.txt")
    with open(listing, "w") as handle:
        handle.write("".join(path + "\n" for path in files))
    check = measure([binary, "check", "--format", "json", "--output", os.path.join(output, "reports"),
                     "--paths-from", listing], runs, rules)
    shutil.rmtree(output)
    return ("crosscheck check, %s" % label,) + size + check


def corpus_rows(binary, files, runs, label):
    """Crosscheck's check and the pcre2grep reference over the same files."""
    size = corpus_size(files)
    reference = measure(["pcre2grep", "-o", REFERENCE_PATTERN] + files, runs)
    return [check_row(binary, files, size, runs, "%s (every rule, JSON)" % label),
            ("pcre2grep -o, %s (one pattern)" % label,) + size + reference]


def rule_subset_rows(binary, rules, files, runs):
    """The same check over the corpus with fewer rules: without the speech and speaker rules, and with the
    percentage rule alone. Each keeps every fragment, lexicon and the settings, which the rules left may call."""
    rows = []
    size = corpus_size(files)
    for label, dropped in [("without speech rules", ["quotes", "attributions", "people"]),
                           ("percentage rule alone", ["quotes", "attributions", "people", "claims", "times",
                                                      "figures/count.yml", "figures/fraction.yml", "figures/money.yml"])]:
        folder = tempfile.mkdtemp(prefix="crosscheck-bench-rules-")
        subset = os.path.join(folder, "Rules")
        shutil.copytree(rules, subset)
        for name in dropped:
            path = os.path.join(subset, name)
            shutil.rmtree(path) if os.path.isdir(path) else os.remove(path)
        try:
            rows.append(check_row(binary, files, size, runs, "corpus (%s)" % label, subset))
        finally:
            shutil.rmtree(folder)
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--binary", default=".build/release/crosscheck")
    parser.add_argument("--checks-binary", default=".build/release/crosscheck-bench")
    parser.add_argument("--corpus", default=os.path.join("..", "shared", "corpus"))
    parser.add_argument("--rules", default="Rules", help="the built-in rule folder, for the runs with fewer rules")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--facts", type=int, default=1_000_000)
    args = parser.parse_args()

    print("machine: %s, %d cores, %s" % (platform.processor() or platform.machine(), os.cpu_count(), platform.platform()))
    print("%-52s %12s %9s %9s %9s %9s" % ("run", "bytes", "articles", "seconds", "MB/s", "peak MB"))
    rows = []
    if os.path.isdir(args.corpus):
        files = corpus_files(args.corpus)
        rows += corpus_rows(args.binary, files, args.runs, "corpus")
        ten = repeated_corpus(files, 10)
        try:
            rows += corpus_rows(args.binary, corpus_files(ten), 1, "corpus x10")
        finally:
            shutil.rmtree(ten)
        subsets = rule_subset_rows(args.binary, args.rules, files, args.runs)
    else:
        print("bench: corpus not found at %s; corpus runs skipped" % args.corpus)
        subsets = []
    for name, size, articles, seconds, peak in rows + subsets:
        print("%-52s %12d %9d %9.2f %9.1f %9.1f" % (name, size, articles, seconds, size / 1e6 / seconds, peak))
    if rows:
        one, one_reference, ten, ten_reference = (rows + [None, None])[:4]
        print("ratio, corpus: crosscheck check takes %.1fx the time of pcre2grep" % (one[3] / one_reference[3]))
        if ten:
            print("ratio, corpus x10: %.1fx pcre2grep; x10 took %.2fx the time of x1 (linear is 10x); peak %.0f MB"
                  % (ten[3] / ten_reference[3], ten[3] / one[3], ten[4]))
        for subset in subsets:
            print("ratio, %s: %.1fx pcre2grep; every rule takes %.1fx its time"
                  % (subset[0].split(", ", 1)[1], subset[3] / one_reference[3], one[3] / subset[3]))

    started = time.perf_counter()
    result = subprocess.run([args.checks_binary, str(args.facts)], capture_output=True, text=True, check=True)
    figures = json.loads(result.stdout)
    print("cross-article checks over %d synthetic facts (%d claims, %d quotes): %.2f s; reference pass %.2f s "
          "(ratio %.1fx); findings %s; whole process %.1f s"
          % (figures["facts"], figures["claims"], figures["quotes"], figures["checkSeconds"],
             figures["referenceSeconds"], figures["checkSeconds"] / figures["referenceSeconds"],
             ", ".join("%s %d" % item for item in sorted(figures["findings"].items())),
             time.perf_counter() - started))


if __name__ == "__main__":
    main()
