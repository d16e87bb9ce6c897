// targets.csv, kpi_values.csv, reviews.csv: the files without ids (replaced by natural key).

#include "io/CsvImporterDetail.h"

#include <algorithm>

namespace sd::io::detail {

namespace {

std::optional<OwnerKind> ownerKindFromCode(std::string_view s)
{
    if (s == "unit")
        return OwnerKind::Unit;
    if (s == "rep")
        return OwnerKind::Rep;
    return std::nullopt;
}

bool isBuiltinKpi(std::string_view code)
{
    static const char* codes[] = {"revenue",  "gross_profit", "collections", "collection_rate",
                                  "new_customers", "win_rate", "visits",  "review_360"};
    return std::any_of(std::begin(codes), std::end(codes), [&](const char* c) { return code == c; });
}

} // namespace

void readTargets(ImportRun& run, const std::filesystem::path& file)
{
    enum { OwnerKindCol, OwnerId, MetricCol, PeriodCol, SegmentCol, Amount };
    static const ColumnSpec cols[] = {{"owner_kind", true}, {"owner_id", true}, {"metric", true},
                                      {"period", true},     {"segment", false}, {"amount", true}};
    FileCtx ctx(run, "targets.csv", cols);
    if (!ctx.open(file))
        return;
    std::unordered_map<std::string, int> seen;
    while (ctx.nextRow()) {
        auto kind = ctx.code(OwnerKindCol, ownerKindFromCode, "unit, rep");
        auto owner = ctx.id(OwnerId);
        auto metric = ctx.code(MetricCol, metricFromCode, "revenue, gross_profit, collections, new_customers");
        auto period = ctx.period(PeriodCol);
        std::optional<Segment> segment = Segment::All;
        if (!ctx.isEmpty(SegmentCol))
            segment = ctx.code(SegmentCol, segmentFromCode, "all, existing, new");
        if (kind == OwnerKind::Unit)
            ctx.checkRef(OwnerId, owner, run.orgUnits, run.stored.orgUnits, "org unit");
        else if (kind == OwnerKind::Rep)
            ctx.checkRef(OwnerId, owner, run.reps, run.stored.reps, "rep");
        if (period && period->kind() == PeriodKind::Week)
            ctx.error(PeriodCol, trImport(QT_TRANSLATE_NOOP("Import", "a target is for a month, a quarter or a year, not a week: ")) +
                                     inQuotes(ctx.cell(PeriodCol)));
        std::int64_t amount = 0;
        if (metric && *metric == Metric::NewCustomers) {
            if (auto n = ctx.integer(Amount, 0, 1000000000000LL))
                amount = *n;
        } else if (metric) {
            if (auto m = ctx.money(Amount))
                amount = m->cents();
        }
        if (kind && owner && metric && period && segment)
            ctx.checkUnique(seen,
                            std::string(ctx.cell(OwnerKindCol)) + '\n' + *owner + '\n' + std::string(toCode(*metric)) +
                                '\n' + period->label() + '\n' + std::string(toCode(*segment)),
                            OwnerId, "target (same owner, metric, period and segment)");
        if (!ctx.rowOk())
            continue;
        if (!run.stored.approvedTargets.empty()) {
            const std::string key = std::string(ctx.cell(OwnerKindCol)) + '\n' + *owner + '\n' +
                                    std::string(toCode(*metric)) + '\n' + period->label() + '\n' +
                                    std::string(toCode(*segment));
            auto approved = run.stored.approvedTargets.find(key);
            if (approved != run.stored.approvedTargets.end()) {
                // The lifecycle locks an approved figure: a re-import keeps it (docs/import.md).
                if (approved->second.amount != amount) {
                    auto figure = [&](std::int64_t v) {
                        return *metric == Metric::NewCustomers ? std::to_string(v) : Money::fromCents(v).toString();
                    };
                    ctx.warning(Amount, trImport(QT_TRANSLATE_NOOP("Import", "target ")) + std::string(ctx.cell(OwnerKindCol)) + " " + *owner + " " +
                                            std::string(toCode(*metric)) + " " + period->label() + " (" + std::string(toCode(*segment)) +
                                            trImport(QT_TRANSLATE_NOOP("Import", ") is approved (version ")) + std::to_string(approved->second.version) +
                                            trImport(QT_TRANSLATE_NOOP("Import", "); kept ")) + figure(approved->second.amount) +
                                            trImport(QT_TRANSLATE_NOOP("Import", " instead of ")) + figure(amount) +
                                            trImport(QT_TRANSLATE_NOOP("Import", " — revise it in the Targets view")));
                }
                continue;
            }
        }
        if (run.emitting())
            run.sink.target(Target{OwnerRef{*kind, *owner}, *metric, period->label(), *segment, amount});
    }
    run.report.counts.emplace_back(ctx.name(), ctx.rows());
}

void readKpiValues(ImportRun& run, const std::filesystem::path& file)
{
    enum { RepId, PeriodCol, Code, Value };
    static const ColumnSpec cols[] = {{"rep_id", true}, {"period", true}, {"code", true}, {"value", true}};
    FileCtx ctx(run, "kpi_values.csv", cols);
    if (!ctx.open(file))
        return;
    std::unordered_map<std::string, int> seen;
    while (ctx.nextRow()) {
        auto rep = ctx.id(RepId);
        auto period = ctx.period(PeriodCol);
        auto code = ctx.id(Code);
        auto value = ctx.decimal(Value);
        ctx.checkRef(RepId, rep, run.reps, run.stored.reps, "rep");
        if (code) {
            bool manual = std::any_of(run.settings.kpis.begin(), run.settings.kpis.end(),
                                      [&](const KpiDef& k) { return k.code == *code && k.source == "manual"; });
            if (!manual && isBuiltinKpi(*code))
                ctx.warning(Code, trImport(QT_TRANSLATE_NOOP("Import", "KPI ")) + inQuotes(*code) + trImport(QT_TRANSLATE_NOOP("Import", " is computed from the data; this value is not used")));
            else if (!manual)
                ctx.warning(Code, trImport(QT_TRANSLATE_NOOP("Import", "KPI ")) + inQuotes(*code) + trImport(QT_TRANSLATE_NOOP("Import", " is not defined in the workspace settings")));
        }
        if (rep && period && code)
            ctx.checkUnique(seen, *rep + '\n' + period->label() + '\n' + *code, Code,
                            "KPI value (same rep, period and code)");
        if (!ctx.rowOk())
            continue;
        if (run.emitting())
            run.sink.kpiValue(KpiValue{*rep, period->label(), *code, *value});
    }
    run.report.counts.emplace_back(ctx.name(), ctx.rows());
}

void readReviews(ImportRun& run, const std::filesystem::path& file)
{
    enum { SubjectRepId, PeriodCol, ReviewerKind, ReviewerId, Score };
    static const ColumnSpec cols[] = {{"subject_rep_id", true}, {"period", true}, {"reviewer_kind", true},
                                      {"reviewer_id", false},   {"score", true}};
    FileCtx ctx(run, "reviews.csv", cols);
    if (!ctx.open(file))
        return;
    std::unordered_map<std::string, int> seen;
    while (ctx.nextRow()) {
        auto subject = ctx.id(SubjectRepId);
        auto period = ctx.period(PeriodCol);
        auto kind = ctx.text(ReviewerKind);
        auto reviewer = ctx.id(ReviewerId);
        auto score = ctx.decimal(Score);
        ctx.checkRef(SubjectRepId, subject, run.reps, run.stored.reps, "rep");
        if (period && period->kind() != PeriodKind::Quarter)
            ctx.error(PeriodCol, trImport(QT_TRANSLATE_NOOP("Import", "a review period must be a quarter (2026Q3): ")) + inQuotes(ctx.cell(PeriodCol)));
        if (kind && *kind != "supervisor" && *kind != "peer" && *kind != "customer" && *kind != "self")
            ctx.error(ReviewerKind, trImport(QT_TRANSLATE_NOOP("Import", "unknown value ")) + inQuotes(*kind) + " (supervisor, peer, customer, self)");
        if (score && (score->isNegative() || *score > Rational(100)))
            ctx.error(Score, trImport(QT_TRANSLATE_NOOP("Import", "score must be between 0 and 100: ")) + inQuotes(ctx.cell(Score)));
        if (subject && period && kind && reviewer) {
            // Not refused by INTERCHANGE.md: both reviews count in the kind's mean, so only warn.
            auto [it, fresh] = seen.emplace(*subject + '\n' + period->label() + '\n' + *kind + '\n' + *reviewer,
                                            ctx.line());
            if (!fresh)
                ctx.warning(ReviewerId, trImport(QT_TRANSLATE_NOOP("Import", "the same reviewer reviews this rep twice in the quarter (first on line ")) +
                                            std::to_string(it->second) + trImport(QT_TRANSLATE_NOOP("Import", "); both scores count")));
        }
        if (!ctx.rowOk())
            continue;
        if (run.emitting())
            run.sink.review(Review{*subject, period->label(), *kind, reviewer, *score});
    }
    run.report.counts.emplace_back(ctx.name(), ctx.rows());
}

} // namespace sd::io::detail
