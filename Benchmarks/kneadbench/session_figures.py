"""The section of the figures page that `Benchmarks/bench.py --write-doc` writes: the table of a
knead session beside termdown, the details of the run and the machine."""

from kneadbench.explanations import explain_misses
from kneadbench.figures_page import replace_section
from kneadbench.verdicts import describe_misses, diagnose_misses, format_number, render_table, table_rows

#: The benchmark that owns the section.
OWNER = "Benchmarks/bench.py"


def session_section(results, command):
    """The section's Markdown for the run in `results`, made with `command`."""
    machine = results["machine"]
    config = results["config"]
    accuracy = results.get("knead_accuracy") or {}
    termdown_accuracy = results.get("termdown_accuracy") or {}
    summary = results["summary"]
    misses = describe_misses(results)
    knead_sessions = results["sessions"].get("knead", [])
    per_round = ", ".join(f"{session['bytes_per_s']:.1f}" for session in knead_sessions)
    lines = [
        f"## A session beside termdown ({results['date']})",
        "",
        f"`{command}`, in an 80×24 pty; every sample is in `Benchmarks/results/latest.json`.",
        "",
        render_table(table_rows(results), markdown=True),
        "",
        "The targets are knead's; the termdown column is the reference, measured in the same run.",
        "",
    ]
    if misses:
        lines += ["**Missed targets in this run:**", ""] + [f"- {miss}" for miss in misses] + [""]
        diagnoses = diagnose_misses(results)
        if diagnoses:
            lines += ["What the run shows about them:", ""] + [f"- {diagnosis}" for diagnosis in diagnoses] + [""]
        for paragraph in explain_misses(results):
            lines += [paragraph, ""]
    else:
        lines += ["knead met every target in this run.", ""]
    lines += [
        "Details of this run:",
        "",
        f"- Rounds: {config['rounds']}, each a session of knead then one of termdown;"
        f" {config['window_s']} s measuring window per session, after {config['settle_s']} s of settling;"
        f" {summary.get('knead', {}).get('pause_samples', 0)} pause presses per program"
        f" (plus as many resumes; knead's resume median"
        f" {format_number(summary.get('knead', {}).get('resume_median_ms'), 2)} ms, termdown's"
        f" {format_number(summary.get('termdown', {}).get('resume_median_ms'), 2)} ms);"
        f" {config['startup_runs']} start-ups per program.",
        f"- knead's bytes per second, per round: {per_round}. write() calls per second: knead"
        f" {format_number(summary.get('knead', {}).get('write_calls_per_s'), 1)}, termdown"
        f" {format_number(summary.get('termdown', {}).get('write_calls_per_s'), 1)}.",
        f"- Wake-ups split: knead {format_number(summary.get('knead', {}).get('voluntary_per_s'), 2)} voluntary +"
        f" {format_number(summary.get('knead', {}).get('involuntary_per_s'), 2)} involuntary a second;"
        f" termdown {format_number(summary.get('termdown', {}).get('voluntary_per_s'), 2)} +"
        f" {format_number(summary.get('termdown', {}).get('involuntary_per_s'), 2)}.",
    ]
    if accuracy:
        steps = ", ".join(f"{late:.1f}" for late in accuracy["step_end_late_ms"])
        lines.append(
            f"- knead timing, time scale 1, steps of {', '.join(str(s) for s in accuracy['step_seconds'])} s:"
            f" step ends were drawn {steps} ms after their deadlines (counted from the moment the"
            f" key that starts the session, `s` on the pain question, was written, so the key's own latency is included); drift from the first step end to"
            f" the end of the routine {accuracy['drift_ms']:.1f} ms. The session screen was drawn"
            f" {accuracy['session_drawn_after_enter_ms']:.2f} ms after that key."
        )
    if termdown_accuracy:
        lines.append(
            f"- `termdown {termdown_accuracy['countdown_s']}` exited {termdown_accuracy['end_late_ms']:.1f} ms"
            f" after {termdown_accuracy['countdown_s']} s from its spawn"
            f" ({format_number(termdown_accuracy['end_late_after_first_screen_ms'])} ms counted from its first screen)."
        )
    lines += [
        f"- Start-up to the first byte of output: knead"
        f" {format_number(summary.get('knead', {}).get('startup_first_output_median_ms'))} ms, termdown"
        f" {format_number(summary.get('termdown', {}).get('startup_first_output_median_ms'))} ms;"
        f" to the end of the first burst of output (the first frame complete): knead"
        f" {format_number(summary.get('knead', {}).get('startup_settled_median_ms'))} ms, termdown"
        f" {format_number(summary.get('termdown', {}).get('startup_settled_median_ms'))} ms (medians).",
        "",
        "Machine:",
        "",
        f"- CPU: {machine['cpu']}, `nproc` = {machine['nproc']}",
        f"- Kernel: Linux {machine['kernel']}",
        f"- {machine['swift']}; knead built from commit {results.get('sources', {}).get('commit', '?')}"
        + (" with uncommitted changes to the sources" if results.get("sources", {}).get("uncommitted_source_changes") else ""),
        f"- Python {machine['python']}, termdown {machine['termdown']}",
        f"- 1-minute load average: {results['load_average_start'][0]:.2f} when the run began,"
        f" {results['load_average_end'][0]:.2f} when it ended (other work on the machine preempts"
        " both programs and shows up as involuntary context switches and longer latencies).",
    ]
    return "\n".join(lines)


def write_session_section(results, command):
    """Rewrites the section of the figures page with this run's figures."""
    replace_section(OWNER, session_section(results, command))
