"""The key charts, shared by the notebooks and `policy-claims report` (matplotlib, no pyplot needed).

Every chart function takes the DataFrames `load` returns and an optional matplotlib `ax` (or `fig`)
to draw on; without one it makes its own `matplotlib.figure.Figure` (no GUI, no global state), and
it always returns the figure. An empty selection draws a figure that says so, never an error.

Shares of GDP are the claims with `unit == "percent"` and `basis == "GDP"`; figures whose basis the
extractor could not tell are left out rather than guessed.
"""
from __future__ import annotations

import pandas as pd

UNNAMED = "(unnamed)"
STANCE_COLOURS = {
    "demand": "#d62728", "commitment": "#1f77b4", "proposal": "#ff7f0e", "rejection": "#7f7f7f",
    "forecast": "#9467bd", "actual": "#2ca02c", "benchmark": "#8c564b",
}
STANCE_MARKERS = {"demand": "v", "commitment": "o", "proposal": "s", "rejection": "x", "forecast": "d", "actual": ".", "benchmark": "_"}


def _figure(ax=None, figsize=(8, 4.5)):
    if ax is not None:
        return ax.figure, ax
    from matplotlib.figure import Figure

    fig = Figure(figsize=figsize, layout="constrained")
    return fig, fig.add_subplot()


def _empty(ax, message: str) -> None:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="grey")
    ax.set_xticks([])
    ax.set_yticks([])


def gdp_share_claims(claims: pd.DataFrame, metric: str = "defense_spending", stances=("demand", "commitment", "proposal")) -> pd.DataFrame:
    """Claims of `metric` stated as a share of GDP, with the given stances, not negated, with a target."""
    c = claims
    keep = (
        (c["metric"].astype(object) == metric)
        & (c["unit"].astype(object) == "percent")
        & (c["basis"].astype(object) == "GDP")
        & c["claim_type"].astype(object).isin(list(stances))
        & ~c["negated"].astype(bool)
        & c["target_code"].notna()
    )
    return c[keep].copy()


def claims_by_metric(claims: pd.DataFrame, ax=None):
    """Horizontal stacked bars: claims per metric, split by stance."""
    fig, ax = _figure(ax, (8, 4.5))
    if claims.empty:
        _empty(ax, "no claims in this output")
        return fig
    table = pd.crosstab(claims["metric"], claims["claim_type"], dropna=False)
    table = table.loc[table.sum(axis=1) > 0, table.sum(axis=0) > 0]
    table = table.loc[table.sum(axis=1).sort_values().index]
    left = pd.Series(0, index=table.index)
    for stance in table.columns:
        ax.barh(table.index.astype(str), table[stance], left=left, label=str(stance), color=STANCE_COLOURS.get(str(stance)))
        left = left + table[stance]
    ax.set_xlabel("claims")
    ax.set_title("Claims by metric and stance")
    ax.legend(fontsize="small", ncols=2, loc="lower right")
    return fig


def demand_matrix(events: pd.DataFrame, metric: str = "defense_spending", claim_type: str = "demand", ax=None):
    """Who demands of whom: actors (rows) by targets (columns), cells = articles reporting such demands.

    Built from `claim_events`, so a demand reported by five articles counts five, and each cell says
    how many distinct events (figures) lie behind it.
    """
    fig, ax = _figure(ax, (7, 4.5))
    e = events[(events["metric"].astype(object) == metric) & (events["claim_type"].astype(object) == claim_type) & ~events["negated"].astype(bool)]
    if e.empty:
        _empty(ax, f"no {metric.replace('_', ' ')} {claim_type}s in this output")
        return fig
    e = e.assign(actor=e["actor_code"].astype(object).fillna(UNNAMED), target=e["target_code"].astype(object).fillna(UNNAMED))
    articles = e.pivot_table(index="actor", columns="target", values="articles", aggfunc="sum", fill_value=0)
    n_events = e.pivot_table(index="actor", columns="target", values="event_id", aggfunc="count", fill_value=0)
    image = ax.imshow(articles.to_numpy(), cmap="Reds", aspect="auto", vmin=0)
    ax.set_xticks(range(len(articles.columns)), articles.columns, rotation=45, ha="right")
    ax.set_yticks(range(len(articles.index)), articles.index)
    top = articles.to_numpy().max() or 1
    for i, actor in enumerate(articles.index):
        for j, target in enumerate(articles.columns):
            n = articles.loc[actor, target]
            if n:
                ax.text(j, i, f"{n}\n({n_events.loc[actor, target]} fig.)", ha="center", va="center", fontsize="small",
                        color="white" if n > top / 2 else "black")
    ax.set_xlabel("target (whose spending)")
    ax.set_ylabel("actor (who demands)")
    ax.set_title(f"Who demands what of whom: {metric.replace('_', ' ')} {claim_type}s\n(articles reporting each figure, summed; distinct figures in brackets)")
    from matplotlib.ticker import MaxNLocator

    fig.colorbar(image, ax=ax, label="articles", ticks=MaxNLocator(integer=True))
    return fig


def demanded_share_over_time(claims: pd.DataFrame, metric: str = "defense_spending", claim_type: str = "demand", ax=None):
    """Demanded share of GDP per target over time: every report as a marker, the monthly highest as a line."""
    fig, ax = _figure(ax, (8, 4.5))
    d = gdp_share_claims(claims, metric, (claim_type,))
    d = d[d["published"].notna()]
    if d.empty:
        _empty(ax, f"no dated {metric.replace('_', ' ')} {claim_type}s as a share of GDP")
        return fig
    d = d.assign(target=d["target_code"].astype(object), month=d["published"].dt.tz_localize(None).dt.to_period("M").dt.to_timestamp())
    for target, g in d.groupby("target", sort=True):
        points = ax.scatter(g["published"].dt.tz_localize(None), g["value"], alpha=0.6, label=f"{target} ({len(g)})")
        monthly = g.groupby("month")["value"].max()
        ends = monthly.index + pd.offsets.MonthBegin(1)
        ax.hlines(monthly.to_numpy(), monthly.index, ends, color=points.get_facecolor()[0], alpha=0.8, lw=2)
    months = d["month"]
    ax.set_xlim(months.min(), months.max() + pd.offsets.MonthBegin(1))
    ax.set_ylabel("% of GDP")
    ax.set_ylim(0, d["value"].max() * 1.15)
    ax.set_title(f"{claim_type.capitalize()}ed {metric.replace('_', ' ')} as a share of GDP, by target\n(markers: reports; bars: highest in each month)")
    ax.legend(title="target (reports)", fontsize="small")
    fig.autofmt_xdate()
    return fig


def claims_vs_reference(claims: pd.DataFrame, reference: pd.DataFrame, countries=None, max_countries: int = 6, fig=None,
                        stances=("demand", "commitment", "proposal")):
    """Small multiples per country: actual military spending (SIPRI, % of GDP) with the figures demanded,
    pledged or proposed for it; a figure with a deadline is drawn at its publication date and, hollow,
    at its deadline year."""
    from matplotlib.figure import Figure

    d = gdp_share_claims(claims, "defense_spending", stances)
    d = d[d["published"].notna()]
    known = set(reference["code"].astype(object))
    d = d[d["target_code"].astype(object).isin(known)]
    if countries is None:
        countries = list(d["target_code"].astype(object).value_counts().index[:max_countries])
    countries = list(countries)
    ncols = min(3, max(1, len(countries)))
    nrows = max(1, -(-len(countries) // ncols))
    if fig is None:
        fig = Figure(figsize=(4.2 * ncols, 3.2 * nrows), layout="constrained")
    axes = fig.subplots(nrows, ncols, squeeze=False).ravel()
    if not countries:
        _empty(axes[0], "no defence figures as a share of GDP for a country with reference data")
        return fig
    seen_stances: set[str] = set()
    for ax, code in zip(axes, countries):
        ref = reference[reference["code"].astype(object) == code].sort_values("year")
        ax.plot(ref["year"], ref["share_of_gdp"], color="black", lw=1.5, label="actual (SIPRI)")
        ax.axhline(2, color="grey", ls=":", lw=1)
        mine = d[d["target_code"].astype(object) == code]
        for stance, g in mine.groupby(mine["claim_type"].astype(object)):
            when = g["published"].dt.year + (g["published"].dt.day_of_year - 1) / 366
            colour = STANCE_COLOURS.get(stance)
            ax.scatter(when, g["value"], color=colour, marker=STANCE_MARKERS.get(stance, "o"), s=40, zorder=3, label=stance)
            seen_stances.add(stance)
            with_deadline = g["deadline_year"].notna()
            for w, v, y in zip(when[with_deadline], g["value"][with_deadline], g["deadline_year"][with_deadline]):
                ax.plot([w, float(y)], [v, v], ls="--", lw=0.8, color=colour)
                ax.scatter([float(y)], [v], facecolors="none", edgecolors=colour, marker=STANCE_MARKERS.get(stance, "o"), s=40, zorder=3)
        name = ref["country"].iloc[0] if len(ref) else code
        ax.set_title(f"{name} ({code})", fontsize="medium")
        ax.set_ylim(bottom=0)
        ax.set_ylabel("% of GDP")
    for ax in axes[len(countries):]:
        ax.set_visible(False)
    handles, labels = [], []
    for ax in axes[: len(countries)]:
        for h, lab in zip(*ax.get_legend_handles_labels()):
            if lab not in labels:
                handles.append(h)
                labels.append(lab)
    fig.legend(handles, labels, loc="outside lower center", ncols=len(labels), fontsize="small")
    fig.suptitle("Defence spending: figures demanded, pledged or proposed vs actual (SIPRI); dotted: 2%")
    return fig
