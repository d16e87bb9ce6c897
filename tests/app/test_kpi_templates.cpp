// The KPI library and template editor (offscreen) over the settings of tests/data/kpi: a manual KPI added and used
// in a new template, 60 + 30 + 9 refused with a message naming the template (nothing stored), 60 + 30 + 10 saved as
// one undoable edit, undo and redo; a KPI a template uses cannot be removed; a bands rule without bands and a
// duplicate item are refused naming template and item; a user-defined KPI and an edited template survive the
// workspace JSON export → import. Screenshots: the hidden "[.kpi-template-shots]".

#include "app/AppraisalPanel.h"
#include "app/DialogHooks.h"
#include "app/KpiTemplateDialog.h"
#include "app/LanguageManager.h"
#include "app/WorkspaceDocument.h"
#include "domain/KpiLibrary.h"
#include "io/WorkspaceJson.h"
#include "storage/Workspace.h"

#include <catch2/catch.hpp>

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace sd;
using namespace sd::app;

namespace {

// A workspace with the KPIs and templates of tests/data/kpi/workspace.json: manual KPIs complaints (lower is
// better) and behaviour; rep_q (revenue 40, collection_rate 20 bands, visits 10, win_rate 10, review_360 20) and
// rep_senior (revenue 50, complaints 20, behaviour 30 anchored).
struct Fixture
{
    QTemporaryDir dir;
    WorkspaceDocument document;
    QStringList messages;

    explicit Fixture(const QString& name = QStringLiteral("w.sqlite"))
    {
        const QString db = dir.filePath(name);
        {
            storage::Workspace ws(db);
            io::saveSettings(ws, io::readSettingsFile(SALESDESK_TEST_DATA "/kpi/workspace.json"));
        }
        document.open(db);
        DialogHooks::setMessageHook([this](QMessageBox::Icon, const QString&, const QString& text) {
            messages << text;
            return true;
        });
    }
    ~Fixture() { DialogHooks::clear(); }
};

template <class T> T* child(QObject* parent, const char* name)
{
    T* w = parent->findChild<T*>(QString::fromLatin1(name));
    INFO(name);
    REQUIRE(w);
    return w;
}

std::string json(const WorkspaceSettings& s)
{
    return io::writeWorkspaceJson(s);
}

void selectKpiRow(KpiTemplateDialog& dialog, const QString& code)
{
    auto* table = child<QTableWidget>(&dialog, "kpiTableWidget");
    for (int row = 0; row < table->rowCount(); ++row)
        if (table->item(row, 0)->text() == code) {
            table->setCurrentCell(row, 0);
            return;
        }
    FAIL("no KPI row " << code.toStdString());
}

void selectTemplate(KpiTemplateDialog& dialog, const QString& code)
{
    auto* list = child<QListWidget>(&dialog, "templateListWidget");
    for (int row = 0; row < list->count(); ++row)
        if (list->item(row)->text().startsWith(code + QStringLiteral(" "))) {
            list->setCurrentRow(row);
            return;
        }
    FAIL("no template " << code.toStdString());
}

void setCombo(KpiTemplateDialog& dialog, const char* name, const QVariant& data)
{
    auto* combo = child<QComboBox>(&dialog, name);
    const int index = combo->findData(data);
    INFO(name);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

const KpiTemplate* findTemplate(const WorkspaceSettings& s, const std::string& code)
{
    for (const KpiTemplate& t : s.kpiTemplates)
        if (t.code == code)
            return &t;
    return nullptr;
}

// Adds the manual KPI "nps" (Net promoter score, points, a process metric) through the library page.
void addNps(KpiTemplateDialog& dialog)
{
    child<QPushButton>(&dialog, "addKpiButton")->click();
    auto* code = child<QLineEdit>(&dialog, "kpiCodeEdit");
    REQUIRE(code->isEnabled());
    code->setText(QStringLiteral("nps"));
    Q_EMIT code->editingFinished();
    child<QLineEdit>(&dialog, "kpiNameEdit")->setText(QStringLiteral("Net promoter score"));
    child<QLineEdit>(&dialog, "kpiUnitEdit")->setText(QStringLiteral("points"));
    child<QComboBox>(&dialog, "kpiKindCombo")->setCurrentIndex(1); // process metric
}

// A new template sm_q for senior managers, any level: revenue 60 (owner's target, linear), nps 30 (direct),
// visits `visitsWeight` (fixed target 30, linear).
void addSeniorTemplate(KpiTemplateDialog& dialog, const char* visitsWeight)
{
    child<QPushButton>(&dialog, "addTemplateButton")->click();
    child<QLineEdit>(&dialog, "templateCodeEdit")->setText(QStringLiteral("sm_q"));
    setCombo(dialog, "templateRoleCombo", int(Role::SeniorManager));
    setCombo(dialog, "templateLevelCombo", -1);
    auto* weight = child<QLineEdit>(&dialog, "itemWeightEdit");

    child<QPushButton>(&dialog, "addItemButton")->click(); // revenue, owner's target, linear
    weight->setText(QStringLiteral("60"));

    child<QPushButton>(&dialog, "addItemButton")->click();
    setCombo(dialog, "itemKpiCombo", QStringLiteral("nps"));
    child<QComboBox>(&dialog, "itemRuleCombo")->setCurrentIndex(3); // direct
    child<QComboBox>(&dialog, "itemTargetSourceCombo")->setCurrentIndex(2); // none
    weight->setText(QStringLiteral("30"));

    child<QPushButton>(&dialog, "addItemButton")->click();
    setCombo(dialog, "itemKpiCombo", QStringLiteral("visits"));
    child<QComboBox>(&dialog, "itemTargetSourceCombo")->setCurrentIndex(1); // fixed
    child<QLineEdit>(&dialog, "itemFixedTargetEdit")->setText(QStringLiteral("30"));
    child<QComboBox>(&dialog, "itemRuleCombo")->setCurrentIndex(0); // linear
    weight->setText(QString::fromLatin1(visitsWeight));
}

} // namespace

TEST_CASE("KPI templates: a manual KPI in a new template; 60+30+9 refused, 60+30+10 saved, undo and redo",
          "[kpi-templates]")
{
    Fixture f;
    const WorkspaceSettings before = f.document.settings();
    QSignalSpy changed(&f.document, &WorkspaceDocument::settingsChanged);
    KpiTemplateDialog dialog(&f.document);
    addNps(dialog);
    addSeniorTemplate(dialog, "9");

    auto* total = child<QLabel>(&dialog, "weightTotalLabel");
    CHECK(total->text().contains(QStringLiteral("99"))); // 60 + 30 + 9, shown live
    CHECK(total->text().contains(QStringLiteral("must be exactly 100")));
    const KpiTemplate* edited = findTemplate(dialog.editedSettings(), "sm_q");
    REQUIRE(edited);
    REQUIRE(edited->items.size() == 3);
    CHECK(edited->items[1].kpi == "nps");
    CHECK(edited->items[2].fixedTarget == Rational(30));

    // Refused: the message names the template and the sum; nothing is stored, nothing on the undo stack.
    CHECK_FALSE(dialog.save());
    REQUIRE(f.messages.size() == 1);
    CHECK(f.messages[0].contains(QStringLiteral("Template “sm_q”")));
    CHECK(f.messages[0].contains(QStringLiteral("the weights sum to 99 (revenue 60 + nps 30 + visits 9)")));
    CHECK(f.messages[0].contains(QStringLiteral("exactly 100")));
    CHECK(child<QLabel>(&dialog, "issuesLabel")->text().contains(QStringLiteral("sm_q")));
    CHECK(json(f.document.settings()) == json(before));
    CHECK(f.document.undoStack()->count() == 0);
    CHECK(changed.count() == 0);
    CHECK(dialog.result() != QDialog::Accepted);

    // 60 + 30 + 10 = 100: saved as one undoable edit.
    child<QLineEdit>(&dialog, "itemWeightEdit")->setText(QStringLiteral("10"));
    CHECK(total->text() == QStringLiteral("Total weight: 100"));
    CHECK(dialog.problems().isEmpty());
    CHECK(dialog.save());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(f.messages.size() == 1);
    REQUIRE(f.document.undoStack()->count() == 1);
    CHECK(f.document.undoStack()->text(0) == QStringLiteral("Edit KPI Templates"));
    CHECK(changed.count() == 1); // the appraisal view rescores on settingsChanged

    const WorkspaceSettings& saved = f.document.settings();
    const KpiDef* nps = findKpiDef(saved, "nps");
    REQUIRE(nps);
    CHECK(nps->name == "Net promoter score");
    CHECK(nps->unit == "points");
    CHECK(nps->kind == KpiKind::Process);
    CHECK(nps->source == "manual");
    const KpiTemplate* sm = findTemplate(saved, "sm_q");
    REQUIRE(sm);
    CHECK(sm->role == Role::SeniorManager);
    CHECK_FALSE(sm->level.has_value());
    REQUIRE(sm->items.size() == 3);
    CHECK(sm->items[0].kpi == "revenue");
    CHECK(sm->items[0].weight == Rational(60));
    CHECK(sm->items[0].targetSource == KpiTemplateItem::TargetSource::OwnerTarget);
    CHECK(sm->items[1].kpi == "nps");
    CHECK(sm->items[1].weight == Rational(30));
    CHECK(sm->items[1].rule.type == ScoringRuleType::Direct);
    CHECK(sm->items[2].kpi == "visits");
    CHECK(sm->items[2].weight == Rational(10));
    // The other templates are untouched.
    CHECK(saved.kpiTemplates.size() == before.kpiTemplates.size() + 1);
    CHECK(json(WorkspaceSettings{}) != json(saved));
    {
        storage::Workspace reread(f.document.path()); // stored in the workspace file
        CHECK(findTemplate(io::loadSettings(reread), "sm_q") != nullptr);
    }

    f.document.undoStack()->undo();
    CHECK(json(f.document.settings()) == json(before));
    CHECK(findTemplate(f.document.settings(), "sm_q") == nullptr);
    CHECK(findKpiDef(f.document.settings(), "nps") == nullptr);
    f.document.undoStack()->redo();
    CHECK(findTemplate(f.document.settings(), "sm_q") != nullptr);
    CHECK(findKpiDef(f.document.settings(), "nps") != nullptr);
}

TEST_CASE("KPI templates: a KPI a template uses cannot be removed; built-in KPIs are read only", "[kpi-templates]")
{
    Fixture f;
    KpiTemplateDialog dialog(&f.document);
    auto* remove = child<QPushButton>(&dialog, "removeKpiButton");

    selectKpiRow(dialog, QStringLiteral("revenue"));
    CHECK_FALSE(remove->isEnabled());
    CHECK_FALSE(child<QLineEdit>(&dialog, "kpiNameEdit")->isEnabled());

    selectKpiRow(dialog, QStringLiteral("complaints")); // used by rep_senior
    CHECK(remove->isEnabled());
    CHECK_FALSE(child<QLineEdit>(&dialog, "kpiCodeEdit")->isEnabled()); // a stored KPI keeps its code
    remove->click();
    REQUIRE(f.messages.size() == 1);
    CHECK(f.messages[0].contains(QStringLiteral("“complaints”")));
    CHECK(f.messages[0].contains(QStringLiteral("rep_senior")));
    CHECK(findKpiDef(dialog.editedSettings(), "complaints") != nullptr);

    // An unused manual KPI goes; so does a used one once its item is gone.
    addNps(dialog);
    selectKpiRow(dialog, QStringLiteral("nps"));
    remove->click();
    CHECK(findKpiDef(dialog.editedSettings(), "nps") == nullptr);
    CHECK(f.messages.size() == 1);

    selectTemplate(dialog, QStringLiteral("rep_senior"));
    child<QTableWidget>(&dialog, "itemTableWidget")->setCurrentCell(1, 0); // complaints
    child<QPushButton>(&dialog, "removeItemButton")->click();
    selectKpiRow(dialog, QStringLiteral("complaints"));
    remove->click();
    CHECK(findKpiDef(dialog.editedSettings(), "complaints") == nullptr);
    CHECK(f.messages.size() == 1);

    // A new KPI cannot take a code that is already in the library.
    child<QPushButton>(&dialog, "addKpiButton")->click();
    auto* code = child<QLineEdit>(&dialog, "kpiCodeEdit");
    code->setText(QStringLiteral("win_rate"));
    Q_EMIT code->editingFinished();
    REQUIRE(f.messages.size() == 2);
    CHECK(f.messages[1].contains(QStringLiteral("“win_rate” is already in the library")));
    CHECK(code->text() == QStringLiteral("kpi1"));
    CHECK(f.document.undoStack()->count() == 0);
}

TEST_CASE("KPI templates: the Appraisal section's button opens the editor on the workspace's templates",
          "[kpi-templates]")
{
    Fixture f;
    AppraisalPanel panel(&f.document);
    auto* button = child<QPushButton>(&panel, "kpiTemplatesButton");
    CHECK(button->text() == QStringLiteral("KPI templates…"));
    button->click();
    auto* dialog = panel.findChild<KpiTemplateDialog*>();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->isVisible());
    // tests/data/kpi/workspace.json has the templates rep_q and rep_senior.
    auto* list = child<QListWidget>(dialog, "templateListWidget");
    REQUIRE(list->count() == 2);
    dialog->reject();
    CHECK(f.document.undoStack()->count() == 0);
}

TEST_CASE("KPI templates: a bands rule without bands and a duplicate item are refused naming template and item",
          "[kpi-templates]")
{
    Fixture f;
    const std::string before = json(f.document.settings());
    KpiTemplateDialog dialog(&f.document);
    selectTemplate(dialog, QStringLiteral("rep_q"));
    auto* items = child<QTableWidget>(&dialog, "itemTableWidget");
    items->setCurrentCell(1, 0); // collection_rate, bands [[1.0, 100], [0.9, 80], [0.8, 60], [0, 0]]
    auto* bands = child<QTableWidget>(&dialog, "itemBandsTable");
    REQUIRE(bands->rowCount() == 4);
    CHECK(bands->item(1, 0)->text() == QStringLiteral("0.9"));
    for (int i = 0; i < 4; ++i) {
        bands->setCurrentCell(0, 0);
        child<QPushButton>(&dialog, "removeBandButton")->click();
    }
    CHECK(bands->rowCount() == 0);

    items->setCurrentCell(2, 0); // visits → revenue, which is item 1 already
    setCombo(dialog, "itemKpiCombo", QStringLiteral("revenue"));

    CHECK_FALSE(dialog.save());
    REQUIRE(f.messages.size() == 1);
    CHECK(f.messages[0].contains(
        QStringLiteral("Template “rep_q”, item 2 (collection_rate): a bands rule needs at least one band")));
    CHECK(f.messages[0].contains(QStringLiteral("Template “rep_q”, item 3 (revenue): revenue is already item 1")));
    CHECK(json(f.document.settings()) == before);
    CHECK(f.document.undoStack()->count() == 0);

    // A band typed back in (an invalid cell keeps its number) makes the rule whole again.
    items->setCurrentCell(1, 0);
    child<QPushButton>(&dialog, "addBandButton")->click();
    REQUIRE(bands->rowCount() == 1);
    bands->item(0, 1)->setText(QStringLiteral("abc"));
    CHECK(bands->item(0, 1)->text() == QStringLiteral("0"));
    bands->item(0, 1)->setText(QStringLiteral("100"));
    CHECK(findTemplate(dialog.editedSettings(), "rep_q")->items[1].rule.bands.size() == 1);
    CHECK(findTemplate(dialog.editedSettings(), "rep_q")->items[1].rule.bands[0].second == Rational(100));
}

TEST_CASE("KPI templates: a user-defined KPI and an edited template survive a workspace JSON export and import",
          "[kpi-templates]")
{
    Fixture f;
    KpiTemplateDialog dialog(&f.document);
    addNps(dialog);
    child<QCheckBox>(&dialog, "kpiLowerIsBetterCheck")->setChecked(false);
    // rep_senior: behaviour (anchored) gets its five anchors; complaints' weight 20 → 15, revenue 50 → 55.
    selectTemplate(dialog, QStringLiteral("rep_senior"));
    auto* items = child<QTableWidget>(&dialog, "itemTableWidget");
    auto* weight = child<QLineEdit>(&dialog, "itemWeightEdit");
    items->setCurrentCell(0, 0);
    weight->setText(QStringLiteral("55"));
    items->setCurrentCell(1, 0);
    weight->setText(QStringLiteral("15"));
    items->setCurrentCell(2, 0);
    const char* anchors[]
        = {"Avoids coaching", "Coaches when asked", "Coaches monthly", "Coaches weekly", "Builds coaches"};
    for (int level = 1; level <= 5; ++level)
        child<QLineEdit>(&dialog, QStringLiteral("anchorEdit%1").arg(level).toLatin1().constData())
            ->setText(QString::fromLatin1(anchors[level - 1]));
    // and nps in rep_q in place of win_rate.
    selectTemplate(dialog, QStringLiteral("rep_q"));
    items->setCurrentCell(3, 0);
    setCombo(dialog, "itemKpiCombo", QStringLiteral("nps"));
    child<QComboBox>(&dialog, "itemRuleCombo")->setCurrentIndex(2); // bands
    child<QPushButton>(&dialog, "addBandButton")->click(); // [1, 0]
    auto* bands = child<QTableWidget>(&dialog, "itemBandsTable");
    bands->item(0, 0)->setText(QStringLiteral("0.75"));
    bands->item(0, 1)->setText(QStringLiteral("90"));
    INFO(dialog.problems().join(QStringLiteral("\n")).toStdString());
    REQUIRE(dialog.save());
    const std::string exported = json(f.document.settings());

    // Export (what File ▸ Export Workspace Settings writes) and import into another workspace.
    const QString file = f.dir.filePath(QStringLiteral("workspace.json"));
    {
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(exported.data(), qint64(exported.size()));
    }
    Fixture other(QStringLiteral("other.sqlite"));
    other.document.editSettings(io::readSettingsFile(file.toStdString()));
    const WorkspaceSettings& imported = other.document.settings();
    CHECK(json(imported) == exported);

    const KpiDef* nps = findKpiDef(imported, "nps");
    REQUIRE(nps);
    CHECK(nps->unit == "points");
    CHECK(nps->kind == KpiKind::Process);
    const KpiTemplate* senior = findTemplate(imported, "rep_senior");
    REQUIRE(senior);
    CHECK(senior->items[0].weight == Rational(55));
    CHECK(senior->items[1].weight == Rational(15));
    REQUIRE(senior->items[2].anchors.size() == 5);
    CHECK(senior->items[2].anchors[4] == "Builds coaches");
    const KpiTemplate* rep = findTemplate(imported, "rep_q");
    REQUIRE(rep);
    CHECK(rep->items[3].kpi == "nps");
    CHECK(rep->items[3].rule.type == ScoringRuleType::Bands);
    REQUIRE(rep->items[3].rule.bands.size() == 1);
    CHECK(rep->items[3].rule.bands[0].first == Rational(3, 4));
    CHECK(rep->items[3].rule.bands[0].second == Rational(90));
    CHECK(templatesUsingKpi(imported, "nps") == std::vector<std::string>{"rep_q"});
}

// Screenshots for docs/screenshots (hidden): the templates page on a copy of the small demo workspace
// (SALESDESK_SHOT_WORKSPACE, default a copy of /work/data/small.sqlite), in English and Chinese, into
// SALESDESK_SHOT_DIR (default docs/screenshots of the source tree).
TEST_CASE("KPI template editor screenshots", "[.kpi-template-shots]")
{
    QTemporaryDir dir;
    QString workspace = qEnvironmentVariable("SALESDESK_SHOT_WORKSPACE");
    if (workspace.isEmpty()) {
        workspace = dir.filePath(QStringLiteral("small.sqlite"));
        REQUIRE(QFile::copy(QStringLiteral("/work/data/small.sqlite"), workspace));
    }
    const QString outDir
        = qEnvironmentVariable("SALESDESK_SHOT_DIR", QStringLiteral(SALESDESK_TEST_DATA "/../../docs/screenshots"));
    WorkspaceDocument doc;
    doc.open(workspace);
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        LanguageManager language;
        language.setLanguage(lang);
        KpiTemplateDialog dialog(&doc);
        dialog.show();
        selectTemplate(dialog, QStringLiteral("rep_q"));
        child<QTableWidget>(&dialog, "itemTableWidget")->setCurrentCell(1, 0); // collection_rate with bands
        QTest::qWait(200);
        REQUIRE(dialog.grab().save(QDir(outDir).filePath(QStringLiteral("kpi-templates-%1.png").arg(lang))));
        selectTemplate(dialog, QStringLiteral("rm_q"));
        child<QTableWidget>(&dialog, "itemTableWidget")->setCurrentCell(3, 0); // coaching, behaviour-anchored
        QTest::qWait(200);
        REQUIRE(dialog.grab().save(QDir(outDir).filePath(QStringLiteral("kpi-templates-anchored-%1.png").arg(lang))));
        child<QTabWidget>(&dialog, "kpiTemplateTabs")->setCurrentIndex(0);
        selectKpiRow(dialog, QStringLiteral("csat"));
        QTest::qWait(200);
        REQUIRE(dialog.grab().save(QDir(outDir).filePath(QStringLiteral("kpi-library-%1.png").arg(lang))));
    }
}
