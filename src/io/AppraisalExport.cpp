#include "io/AppraisalExport.h"

#include "domain/Kpi.h"
#include "domain/Review360.h"
#include "io/XlsxBook.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>

namespace sd::io {

namespace {

QString translated(const char* text)
{
    return QCoreApplication::translate("AppraisalExport", text);
}

std::string translatedStd(const char* text)
{
    return translated(text).toStdString();
}

Rational rounded(const Rational& v, int places)
{
    long long scale = 1;
    for (int i = 0; i < places; ++i)
        scale *= 10;
    return Rational(v.roundedScaled(places), i128(scale));
}

// Columns of the rep table: six fixed ones, four per KPI code, then the results and the cycle.
constexpr int kFixedCols = 6;
constexpr int kPerItem = 4;
constexpr int kTailCols = 8;
constexpr int kHeaderRow = 2;
constexpr int kFirstDataRow = 3;

class SheetWriter
{
public:
    SheetWriter(const AppraisalExport& ex, const WorkspaceSettings& settings, XlsxBook::Sheet& sheet)
        : m_ex(ex)
        , m_settings(settings)
        , m_sheet(sheet)
    {
    }

    int lastCol() const { return kFixedCols + kPerItem * int(m_ex.itemCodes().size()) + kTailCols - 1; }

    void headers(const std::string& title)
    {
        const auto& codes = m_ex.itemCodes();
        m_sheet.mergeText(0, 0, kFixedCols - 1, title);
        std::vector<std::string> titles = {translatedStd(QT_TRANSLATE_NOOP("AppraisalExport", "Rep ID")),
                                           translatedStd(QT_TRANSLATE_NOOP("AppraisalExport", "Name")),
                                           translatedStd(QT_TRANSLATE_NOOP("AppraisalExport", "Org path")),
                                           translatedStd(QT_TRANSLATE_NOOP("AppraisalExport", "Role")),
                                           translatedStd(QT_TRANSLATE_NOOP("AppraisalExport", "Level")),
                                           translatedStd(QT_TRANSLATE_NOOP("AppraisalExport", "Template"))};
        for (int c = 0; c < kFixedCols; ++c)
            m_sheet.blank(1, c, CellStyle::Header);
        for (std::size_t i = 0; i < codes.size(); ++i) {
            const int first = kFixedCols + kPerItem * int(i);
            m_sheet.mergeText(1, first, first + kPerItem - 1,
                              AppraisalExport::kpiName(codes[i], m_settings).toStdString(), CellStyle::Header);
            for (const char* t :
                 {QT_TRANSLATE_NOOP("AppraisalExport", "Actual"), QT_TRANSLATE_NOOP("AppraisalExport", "Target"),
                  QT_TRANSLATE_NOOP("AppraisalExport", "Attainment"), QT_TRANSLATE_NOOP("AppraisalExport", "Score")})
                titles.push_back(translatedStd(t));
        }
        for (const char* t :
             {QT_TRANSLATE_NOOP("AppraisalExport", "360 score"), QT_TRANSLATE_NOOP("AppraisalExport", "Total"),
              QT_TRANSLATE_NOOP("AppraisalExport", "Scored grade"), QT_TRANSLATE_NOOP("AppraisalExport", "Grade"),
              QT_TRANSLATE_NOOP("AppraisalExport", "Calibration note"),
              QT_TRANSLATE_NOOP("AppraisalExport", "Manager comment"), QT_TRANSLATE_NOOP("AppraisalExport", "State"),
              QT_TRANSLATE_NOOP("AppraisalExport", "Sign-off date")})
            titles.push_back(translatedStd(t));
        for (int c = kFixedCols + kPerItem * int(codes.size()); c <= lastCol(); ++c)
            m_sheet.blank(1, c, CellStyle::Header);
        m_sheet.header(kHeaderRow, titles);
        m_sheet.freeze(kFirstDataRow, 2);

        std::vector<double> widths = {10, 12, 30, 12, 9, 10};
        for (std::size_t i = 0; i < codes.size(); ++i)
            widths.insert(widths.end(), {14, 14, 11, 8});
        widths.insert(widths.end(), {9, 9, 8, 8, 32, 32, 14, 12});
        m_sheet.columnWidths(widths);
        m_sheet.printLandscape();
    }

    void value(int row, int col, const std::optional<Rational>& v, KpiUnit unit)
    {
        if (!v) {
            m_sheet.blank(row, col);
            return;
        }
        switch (unit) {
        case KpiUnit::Money:
            m_sheet.money(row, col, Money::fromExactCents(*v));
            return;
        case KpiUnit::Count:
            if (v->isInteger())
                m_sheet.integer(row, col, static_cast<long long>(v->num()));
            else
                m_sheet.decimal(row, col, rounded(*v, 6));
            return;
        case KpiUnit::Ratio:
            m_sheet.ratio(row, col, rounded(*v, 4));
            return;
        case KpiUnit::Score:
            m_sheet.decimal(row, col, rounded(*v, 2));
            return;
        case KpiUnit::Value:
            m_sheet.decimal(row, col, rounded(*v, 6));
            return;
        }
    }

    void rep(int row, const RepScorecard& card, const std::optional<Rational>& score360)
    {
        const Rep& r = *card.rep;
        m_sheet.text(row, 0, r.id);
        m_sheet.text(row, 1, r.name);
        m_sheet.text(row, 2, m_ex.orgPath(r));
        m_sheet.text(row, 3, AppraisalExport::roleName(r.role).toStdString());
        m_sheet.text(row, 4, AppraisalExport::levelName(r.level).toStdString());
        m_sheet.text(row, 5, card.kpiTemplate->code);
        const auto& codes = m_ex.itemCodes();
        for (std::size_t i = 0; i < codes.size(); ++i) {
            const int first = kFixedCols + kPerItem * int(i);
            const auto it = std::find_if(card.items.begin(), card.items.end(),
                                         [&](const ItemScore& s) { return s.kpi == codes[i]; });
            if (it == card.items.end()) {
                for (int c = 0; c < kPerItem; ++c)
                    m_sheet.blank(row, first + c);
                continue;
            }
            value(row, first, it->actual, it->unit);
            value(row, first + 1, it->target, it->unit);
            m_sheet.ratio(row, first + 2, it->attainment ? std::optional(rounded(*it->attainment, 4)) : std::nullopt);
            if (it->score)
                m_sheet.decimal(row, first + 3, rounded(*it->score, 2));
            else
                m_sheet.blank(row, first + 3);
        }
        int c = kFixedCols + kPerItem * int(codes.size());
        if (score360)
            m_sheet.decimal(row, c, rounded(*score360, 2));
        else
            m_sheet.blank(row, c);
        ++c;
        if (card.total.rounded)
            m_sheet.decimal(row, c, *card.total.rounded, CellStyle::Number);
        else
            m_sheet.blank(row, c);
        ++c;
        const AppraisalRecord& rec = m_ex.recordOf(r.id);
        m_sheet.text(row, c++, card.total.grade.value_or(""));
        m_sheet.text(row, c++, rec.finalGrade(card.total.grade).value_or(""), CellStyle::Bold);
        m_sheet.text(row, c++, rec.calibratedGrade ? rec.calibrationReason : std::string());
        m_sheet.text(row, c++, rec.managerComment);
        m_sheet.text(row, c++, AppraisalExport::stateName(rec.state).toStdString());
        if (const auto d = rec.signOffDate(); d && Date::parse(*d))
            m_sheet.date(row, c, *Date::parse(*d));
        else
            m_sheet.blank(row, c);
    }

    void finish(int lastRow) { m_sheet.autoFilter(kHeaderRow, lastRow, 0, lastCol()); }

private:
    const AppraisalExport& m_ex;
    const WorkspaceSettings& m_settings;
    XlsxBook::Sheet& m_sheet;
};

} // namespace

AppraisalExport::AppraisalExport(const DatasetIndex& index, const WorkspaceSettings& settings,
                                 const AppraisalResult& result, const std::vector<AppraisalRecord>& records)
    : m_index(index)
    , m_settings(settings)
    , m_result(result)
{
    for (const AppraisalRecord& r : records)
        if (r.period == result.period.label())
            m_records[r.repId] = r;
    m_empty.period = result.period.label();
    std::set<std::string> usedTemplates;
    for (const RepScorecard& c : result.reps)
        usedTemplates.insert(c.kpiTemplate->code);
    for (const KpiTemplate& t : settings.kpiTemplates) {
        if (!usedTemplates.count(t.code))
            continue;
        for (const KpiTemplateItem& item : t.items)
            if (std::find(m_codes.begin(), m_codes.end(), item.kpi) == m_codes.end())
                m_codes.push_back(item.kpi);
    }
}

const AppraisalRecord& AppraisalExport::recordOf(const std::string& repId) const
{
    const auto it = m_records.find(repId);
    return it == m_records.end() ? m_empty : it->second;
}

std::string AppraisalExport::orgPath(const Rep& rep) const
{
    std::string path;
    for (const OrgUnit* u : m_index.unitPath(rep.orgUnitId))
        path += (path.empty() ? "" : " / ") + u->name;
    return path;
}

const OrgUnit* AppraisalExport::regionOf(const Rep& rep) const
{
    const auto path = m_index.unitPath(rep.orgUnitId);
    if (path.empty())
        return nullptr;
    return path.size() >= 2 ? path[1] : path[0];
}

void AppraisalExport::writeXlsx(const std::string& path) const
{
    XlsxBook book(path);
    const std::string label = m_result.period.label();
    const std::string company = m_index.root() ? m_index.root()->name : std::string();
    const std::string title
        = company + " " + translatedStd(QT_TRANSLATE_NOOP("AppraisalExport", "Appraisal sheet")) + " " + label;

    std::map<std::string, std::optional<Rational>> scores360;
    for (const RepScorecard& c : m_result.reps) {
        std::optional<Rational> s;
        for (const ItemScore& item : c.items)
            if (item.kpi == "review_360")
                s = item.actual;
        if (!s)
            s = review360(reviewsFor(m_index.data().reviews, c.rep->id, label), m_settings.reviewWeights).score;
        scores360[c.rep->id] = s;
    }

    auto writeTable
        = [&](XlsxBook::Sheet& sheet, const std::string& sheetTitle, const std::vector<const RepScorecard*>& cards) {
              SheetWriter w(*this, m_settings, sheet);
              w.headers(sheetTitle);
              int row = kFirstDataRow;
              for (const RepScorecard* c : cards)
                  w.rep(row++, *c, scores360[c->rep->id]);
              w.finish(row - 1);
          };

    std::vector<const RepScorecard*> all;
    std::vector<std::pair<const OrgUnit*, std::vector<const RepScorecard*>>> regions;
    for (const RepScorecard& c : m_result.reps) {
        all.push_back(&c);
        const OrgUnit* region = regionOf(*c.rep);
        auto it = std::find_if(regions.begin(), regions.end(), [&](const auto& p) { return p.first == region; });
        if (it == regions.end())
            regions.push_back({region, {&c}});
        else
            it->second.push_back(&c);
    }
    std::sort(regions.begin(), regions.end(), [](const auto& a, const auto& b) {
        return (a.first ? a.first->id : std::string()) < (b.first ? b.first->id : std::string());
    });

    writeTable(book.addSheet(translatedStd(QT_TRANSLATE_NOOP("AppraisalExport", "Summary"))), title, all);
    for (const auto& [region, cards] : regions) {
        const std::string name
            = region ? region->name : translatedStd(QT_TRANSLATE_NOOP("AppraisalExport", "Unassigned"));
        writeTable(book.addSheet(name), title + " — " + name, cards);
    }

    XlsxBook::Sheet& dist = book.addSheet(translatedStd(QT_TRANSLATE_NOOP("AppraisalExport", "Grade distribution")));
    dist.mergeText(0, 0, 3, title);
    dist.header(1,
                {translatedStd(QT_TRANSLATE_NOOP("AppraisalExport", "Team ID")),
                 translatedStd(QT_TRANSLATE_NOOP("AppraisalExport", "Team")),
                 translatedStd(QT_TRANSLATE_NOOP("AppraisalExport", "Graded")),
                 translatedStd(QT_TRANSLATE_NOOP("AppraisalExport", "Top grade")),
                 translatedStd(QT_TRANSLATE_NOOP("AppraisalExport", "Top grade count")),
                 translatedStd(QT_TRANSLATE_NOOP("AppraisalExport", "Allowed")),
                 translatedStd(QT_TRANSLATE_NOOP("AppraisalExport", "Top two count")),
                 translatedStd(QT_TRANSLATE_NOOP("AppraisalExport", "Allowed")),
                 translatedStd(QT_TRANSLATE_NOOP("AppraisalExport", "Passes"))});
    dist.freeze(2);
    int row = 2;
    for (const DistributionCheck& d : m_result.distribution) {
        dist.text(row, 0, d.unitId);
        dist.text(row, 1, d.unitName);
        dist.integer(row, 2, static_cast<long long>(d.graded));
        dist.text(row, 3, d.topGrade);
        dist.integer(row, 4, static_cast<long long>(d.countS));
        dist.integer(row, 5, static_cast<long long>(d.allowedS));
        dist.integer(row, 6, static_cast<long long>(d.countSA));
        dist.integer(row, 7, static_cast<long long>(d.allowedSA));
        dist.text(row, 8,
                  d.passes() ? translatedStd(QT_TRANSLATE_NOOP("AppraisalExport", "yes"))
                             : translatedStd(QT_TRANSLATE_NOOP("AppraisalExport", "no")));
        ++row;
    }
    dist.autoFilter(1, row - 1, 0, 8);
    dist.columnWidths({12, 24, 9, 10, 12, 9, 12, 9, 9});
    book.close();
}

} // namespace sd::io
