// The demo company's workspace.json (INTERCHANGE.md "Workspace JSON"): stages, KPIs and templates,
// review weights, grades and incentive plans.

#include "io/DemoModel.h"

#include <nlohmann/json.hpp>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace sd::io::demo {

namespace {

using Json = nlohmann::ordered_json;

Json linearRule()
{
    return Json{ { "type", "linear" }, { "floor", 0 }, { "cap", 120 } };
}

Json item(const char* kpi, int weight, const char* perspective, Json target, Json rule)
{
    Json j{ { "kpi", kpi }, { "weight", weight }, { "perspective", perspective } };
    if (!target.is_null())
        j["target"] = std::move(target);
    j["rule"] = std::move(rule);
    return j;
}

Json collectionBands()
{
    return Json{ { "type", "bands" },
                 { "bands",
                   Json::array({ Json::array({ 1.0, 100 }), Json::array({ 0.9, 80 }), Json::array({ 0.8, 60 }),
                                 Json::array({ 0, 0 }) }) } };
}

Json kpiDef(const char* code, const char* name, const char* source)
{
    return Json{ { "code", code }, { "name", name }, { "source", source }, { "lower_is_better", false } };
}

} // namespace

void writeWorkspace(const DemoModel& m, int visitsTargetPerQuarter, DemoSummary& summary)
{
    Json ws;
    ws["currency"] = "CNY";
    ws["fiscal_year_start_month"] = 1;
    ws["stall_days"] = 30;
    ws["stages"] = Json::array({ Json{ { "code", "lead" }, { "name", "线索/初步接触" }, { "probability", 10 } },
                                 Json{ { "code", "qualify" }, { "name", "需求确认" }, { "probability", 25 } },
                                 Json{ { "code", "proposal" }, { "name", "方案报价" }, { "probability", 50 } },
                                 Json{ { "code", "negotiate" }, { "name", "商务谈判" }, { "probability", 75 } },
                                 Json{ { "code", "commit" }, { "name", "签约/成交确认" }, { "probability", 90 } } });
    ws["capacity"]
        = Json{ { "level_factor", Json{ { "junior", 0.6 }, { "mid", 1.0 }, { "senior", 1.3 } } },
                { "ramp",
                  Json::array({ Json::array({ 3, 0.25 }), Json::array({ 6, 0.5 }), Json::array({ 12, 0.75 }) }) } };
    ws["kpis"] = Json::array(
        { kpiDef("revenue", "销售额", "builtin"), kpiDef("gross_profit", "毛利", "builtin"),
          kpiDef("collections", "回款额", "builtin"), kpiDef("collection_rate", "回款率", "builtin"),
          kpiDef("new_customers", "新客户数", "builtin"), kpiDef("win_rate", "成交率", "builtin"),
          kpiDef("visits", "拜访量", "builtin"), kpiDef("review_360", "360度评估", "builtin"),
          kpiDef("csat", "客户满意度", "manual"), kpiDef("coaching", "辅导与团队建设（行为锚定）", "manual") });
    ws["kpi_templates"] = Json::array(
        { Json{ { "code", "rep_q" },
                { "role", "rep" },
                { "level", nullptr },
                { "items",
                  Json::array({ item("revenue", 40, "financial", "target", linearRule()),
                                item("collection_rate", 15, "financial", 0.9, collectionBands()),
                                item("new_customers", 10, "customer", "target", linearRule()),
                                item("visits", 10, "process", visitsTargetPerQuarter, linearRule()),
                                item("csat", 5, "customer", nullptr, Json{ { "type", "direct" } }),
                                item("review_360", 20, "learning", nullptr, Json{ { "type", "direct" } }) }) } },
          Json{ { "code", "rm_q" },
                { "role", "regional_manager" },
                { "level", nullptr },
                { "items",
                  Json::array(
                      { item("revenue", 30, "financial", "target", linearRule()),
                        item("gross_profit", 20, "financial", "target",
                             Json{ { "type", "threshold" }, { "threshold", 0.5 }, { "floor", 0 }, { "cap", 150 } }),
                        item("collection_rate", 10, "financial", 0.9, collectionBands()),
                        item("coaching", 20, "learning", nullptr, Json{ { "type", "anchored" } }),
                        item("review_360", 20, "learning", nullptr, Json{ { "type", "direct" } }) }) } } });
    ws["review_weights"] = Json{ { "supervisor", 50 }, { "peer", 20 }, { "customer", 20 }, { "self", 10 } };
    ws["grades"] = Json::array({ Json::array({ "S", 110 }), Json::array({ "A", 95 }), Json::array({ "B", 80 }),
                                 Json::array({ "C", 60 }), Json::array({ "D", 0 }) });
    ws["incentive_plans"] = Json::array(
        { Json{ { "code", "rep_monthly" },
                { "role", "rep" },
                { "level", nullptr },
                { "period", "month" },
                { "components",
                  Json::array(
                      { Json{ { "type", "commission" },
                              { "base", "revenue" },
                              { "mode", "marginal" },
                              { "threshold", 0.5 },
                              { "tiers",
                                Json::array({ Json::array({ 0, 0.03 }), Json::array({ 1.0, 0.05 }),
                                              Json::array({ 1.5, 0.08 }) }) },
                              { "cap", "50000.00" },
                              { "category_multipliers", Json{ { "strategic", 1.5 } } } },
                        Json{ { "type", "bonus" },
                              { "metric", "revenue" },
                              { "steps",
                                Json::array({ Json::array({ 1.0, "2000.00" }), Json::array({ 1.2, "5000.00" }) }) } },
                        Json{ { "type", "contest" },
                              { "metric", "new_customers" },
                              { "prizes", Json::array({ "3000.00", "1000.00", "最佳开拓奖" }) } } }) } },
          Json{ { "code", "rep_quarterly" },
                { "role", "rep" },
                { "level", nullptr },
                { "period", "quarter" },
                { "components",
                  Json::array({ Json{ { "type", "grade_bonus" },
                                      { "base", "3000.00" },
                                      { "coefficients",
                                        Json{ { "S", 1.5 }, { "A", 1.2 }, { "B", 1.0 }, { "C", 0.5 }, { "D", 0 } } } },
                                Json{ { "type", "contest" },
                                      { "metric", "revenue" },
                                      { "prizes", Json::array({ "最佳销售员", "优秀销售员", "优秀销售员" }) } } }) } },
          Json{
              { "code", "rm_quarterly" },
              { "role", "regional_manager" },
              { "level", nullptr },
              { "period", "quarter" },
              { "components",
                Json::array(
                    { Json{ { "type", "commission" },
                            { "base", "gross_profit" },
                            { "mode", "retroactive" },
                            { "tiers", Json::array({ Json::array({ 0, 0.01 }), Json::array({ 1.0, 0.02 }) }) },
                            { "cap", "80000.00" } },
                      Json{ { "type", "grade_bonus" },
                            { "base", "8000.00" },
                            { "coefficients",
                              Json{ { "S", 1.5 }, { "A", 1.2 }, { "B", 1.0 }, { "C", 0.5 }, { "D", 0 } } } } }) } } });

    const std::string path = m.opts.outDir + "/workspace.json";
    const std::string text = ws.dump(2) + "\n";
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f)
        throw DemoError("cannot create " + path + ": " + std::strerror(errno));
    const bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
    const int err = errno;
    if (std::fclose(f) != 0 || !ok)
        throw DemoError("cannot write " + path + ": " + std::strerror(ok ? errno : err));
    summary.files.emplace_back("workspace.json", 1);
}

} // namespace sd::io::demo
