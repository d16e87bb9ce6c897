<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppraisalExport</name>
    <message>
        <source>Rep ID</source>
        <translation>销售代表编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Org path</source>
        <translation>组织路径</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>考核模板</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>360 score</source>
        <translation>360度评估得分</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Scored grade</source>
        <translation>评定等级</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Calibration note</source>
        <translation>校准说明</translation>
    </message>
    <message>
        <source>Manager comment</source>
        <translation>上级评语</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sign-off date</source>
        <translation>签字确认日期</translation>
    </message>
    <message>
        <source>Appraisal sheet</source>
        <translation>考核表</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>未分配</translation>
    </message>
    <message>
        <source>Grade distribution</source>
        <translation>等级分布</translation>
    </message>
    <message>
        <source>Team ID</source>
        <translation>团队编号</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>已评定人数</translation>
    </message>
    <message>
        <source>Top grade</source>
        <translation>最高等级</translation>
    </message>
    <message>
        <source>Top grade count</source>
        <translation>最高等级人数</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>允许上限</translation>
    </message>
    <message>
        <source>Top two count</source>
        <translation>前两个等级人数</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>是否符合</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Collection rate</source>
        <translation>回款率</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户数</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>拜访次数</translation>
    </message>
    <message>
        <source>360 review</source>
        <translation>360度评估</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>内部流程</translation>
    </message>
    <message>
        <source>Learning and growth</source>
        <translation>学习与成长</translation>
    </message>
    <message>
        <source>linear: 100 × attainment, between %1 and %2</source>
        <translation>线性：100 × 达成率，限定在 %1 至 %2 之间</translation>
    </message>
    <message>
        <source>threshold: 0 below attainment %1, else 100 × attainment between %2 and %3</source>
        <translation>门槛：达成率低于 %1 得 0 分，否则为 100 × 达成率，限定在 %2 至 %3 之间</translation>
    </message>
    <message>
        <source>bands: %1</source>
        <translation>分档：%1</translation>
    </message>
    <message>
        <source>direct: the value is the score</source>
        <translation>直接：数值即得分</translation>
    </message>
    <message>
        <source>behaviour-anchored: 20 × level</source>
        <translation>行为锚定：20 × 行为等级</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待评估</translation>
    </message>
    <message>
        <source>Self review</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>Manager review</source>
        <translation>上级评估</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>已签字确认</translation>
    </message>
    <message>
        <source>Senior manager</source>
        <translation>销售总监</translation>
    </message>
    <message>
        <source>Regional manager</source>
        <translation>大区经理</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Junior</source>
        <translation>初级</translation>
    </message>
    <message>
        <source>Mid</source>
        <translation>中级</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>同事</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>本人</translation>
    </message>
    <message>
        <source>not applicable: no actual</source>
        <translation>不适用：无实际值</translation>
    </message>
    <message>
        <source>not applicable: no target</source>
        <translation>不适用：无目标</translation>
    </message>
    <message>
        <source>not applicable: target is 0</source>
        <translation>不适用：目标为 0</translation>
    </message>
    <message>
        <source>not applicable: actual 0 (lower is better)</source>
        <translation>不适用：实际为 0（越低越好）</translation>
    </message>
    <message>
        <source>Appraisal form %1</source>
        <translation>绩效考核表 %1</translation>
    </message>
    <message>
        <source>KPI items</source>
        <translation>KPI 指标项</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>360-degree review</source>
        <translation>360度评估</translation>
    </message>
    <message>
        <source>No reviews for this period.</source>
        <translation>本期没有评估。</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>评估人类型</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>评估人数</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Grade changed</source>
        <translation>等级调整</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Grade not changed at calibration.</source>
        <translation>校准时等级未调整。</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>Self comment</source>
        <translation>自我评价</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>直属上级</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>人力资源</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>CsvImportJob</name>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Reading the settings…</source>
        <translation>正在读取设置…</translation>
    </message>
    <message>
        <source>Writing to the workspace…</source>
        <translation>正在写入工作区…</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>正在打开工作区…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more error(s)</source>
        <translation>
            <numerusform>…… 另有 %n 个错误</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerEdits</name>
    <message>
        <source>Add customer %1</source>
        <translation>新增客户 %1</translation>
    </message>
    <message>
        <source>No customer with id %1.</source>
        <translation>没有编号为 %1 的客户。</translation>
    </message>
    <message>
        <source>Edit customer %1</source>
        <translation>编辑客户 %1</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>未打开工作区。</translation>
    </message>
    <message>
        <source>Customer %1 was merged into %2; undo the merge instead.</source>
        <translation>客户 %1 已合并到 %2；请改为撤销该合并操作。</translation>
    </message>
    <message>
        <source>Reactivate customer %1</source>
        <translation>重新启用客户 %1</translation>
    </message>
    <message>
        <source>Deactivate customer %1</source>
        <translation>停用客户 %1</translation>
    </message>
    <message>
        <source>Merge customer %1 into %2</source>
        <translation>将客户 %1 合并到 %2</translation>
    </message>
    <message>
        <source>Log activity</source>
        <translation>记录客户活动</translation>
    </message>
    <message>
        <source>A payment must be a positive amount.</source>
        <translation>回款金额必须大于 0。</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>登记回款</translation>
    </message>
    <message>
        <source>Save contact %1</source>
        <translation>保存联系人 %1</translation>
    </message>
    <message>
        <source>No contact with id %1.</source>
        <translation>没有编号为 %1 的联系人。</translation>
    </message>
    <message>
        <source>Remove contact %1</source>
        <translation>删除联系人 %1</translation>
    </message>
</context>
<context>
    <name>FunnelForecastEdit</name>
    <message>
        <source>Submit the forecast of %1 for %2</source>
        <translation>提交 %1 的 %2 预测</translation>
    </message>
    <message>
        <source>Adjust the forecast of %1 for %2</source>
        <translation>调整 %1 的 %2 预测</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>未打开工作区。</translation>
    </message>
    <message>
        <source>A forecast cannot be negative.</source>
        <translation>预测金额不能为负数。</translation>
    </message>
    <message>
        <source>%1 has not submitted a forecast for %2: a manager adjusts a submitted forecast.</source>
        <translation>%1 尚未提交 %2 的预测：经理只能调整已提交的预测。</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>销售预测</translation>
    </message>
</context>
<context>
    <name>FunnelFormat</name>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Need recognition</source>
        <extracomment>认知需求</extracomment>
        <translation>认知需求</translation>
    </message>
    <message>
        <source>Information search</source>
        <extracomment>信息收集</extracomment>
        <translation>信息收集</translation>
    </message>
    <message>
        <source>Evaluation of alternatives</source>
        <extracomment>方案评估</extracomment>
        <translation>方案评估</translation>
    </message>
    <message>
        <source>Purchase decision</source>
        <extracomment>购买决策</extracomment>
        <translation>购买决策</translation>
    </message>
    <message>
        <source>Post-purchase evaluation</source>
        <extracomment>购后评价</extracomment>
        <translation>购后评价</translation>
    </message>
    <message>
        <source>Seller: understand the customer&apos;s needs</source>
        <extracomment>理解客户的需求</extracomment>
        <translation>销售方：理解客户的需求</translation>
    </message>
    <message>
        <source>Seller: build trust</source>
        <extracomment>建立信任</extracomment>
        <translation>销售方：建立信任</translation>
    </message>
    <message>
        <source>Seller: offer the solution</source>
        <extracomment>提供解决方案</extracomment>
        <translation>销售方：提供解决方案</translation>
    </message>
    <message>
        <source>Seller: close the deal</source>
        <extracomment>达成交易</extracomment>
        <translation>销售方：达成交易</translation>
    </message>
    <message>
        <source>Seller: after-sales service</source>
        <extracomment>售后服务</extracomment>
        <translation>销售方：售后服务</translation>
    </message>
</context>
<context>
    <name>FunnelWeekly</name>
    <message>
        <source>Weekly funnel review %1</source>
        <translation>周度漏斗回顾 %1</translation>
    </message>
    <message>
        <source>%1 · as of %2 compared with %3 · amounts in %4</source>
        <translation>%1 · 截至 %2，与 %3 对比 · 金额单位：%4</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>New</source>
        <translation>增量</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>推进</translation>
    </message>
    <message>
        <source>Regressed</source>
        <translation>回退</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>停滞</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>+ New</source>
        <translation>+ 新增</translation>
    </message>
    <message>
        <source>+ Pulled in</source>
        <translation>+ 提前</translation>
    </message>
    <message>
        <source>+ Increased</source>
        <translation>+ 金额增加</translation>
    </message>
    <message>
        <source>− Decreased</source>
        <translation>− 金额减少</translation>
    </message>
    <message>
        <source>− Pushed out</source>
        <translation>− 推迟</translation>
    </message>
    <message>
        <source>− Won</source>
        <translation>− 赢单</translation>
    </message>
    <message>
        <source>− Lost</source>
        <translation>− 输单</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Won or lost at both ends (left out)</source>
        <translation>期初和期末均已赢单或输单（不计入）</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Count at start</source>
        <translation>期初数量</translation>
    </message>
    <message>
        <source>Amount at start</source>
        <translation>期初金额</translation>
    </message>
    <message>
        <source>Count at end</source>
        <translation>期末数量</translation>
    </message>
    <message>
        <source>Amount at end</source>
        <translation>期末金额</translation>
    </message>
    <message>
        <source>Pipeline bridge (open deals expected to close by %1)</source>
        <translation>商机管道变动（预计于 %1 前成交的进行中商机）</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>变动项</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>期初</translation>
    </message>
    <message>
        <source>End</source>
        <translation>期末</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>In stage since</source>
        <translation>进入阶段日期</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>阶段停留天数</translation>
    </message>
    <message>
        <source>From stage</source>
        <translation>原阶段</translation>
    </message>
    <message>
        <source>To stage</source>
        <translation>新阶段</translation>
    </message>
    <message>
        <source>Owner id</source>
        <translation>负责人编号</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Biggest movers</source>
        <translation>变动最大的商机</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变化明细</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>变化类别</translation>
    </message>
    <message>
        <source>Won or lost at both ends (left out): %1</source>
        <translation>期初和期末均已赢单或输单（不计入）：%1</translation>
    </message>
    <message>
        <source>Stages at both ends</source>
        <translation>期初与期末各阶段</translation>
    </message>
    <message>
        <source>Stalled deals</source>
        <translation>停滞商机</translation>
    </message>
    <message>
        <source>No stalled deals this week.</source>
        <translation>本周没有停滞商机。</translation>
    </message>
    <message>
        <source>No changes this week.</source>
        <translation>本周没有变化。</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>cannot read the file: </source>
        <translation>无法读取文件:</translation>
    </message>
    <message>
        <source>the file is empty (a header row is needed)</source>
        <translation>文件为空(需要表头行)</translation>
    </message>
    <message>
        <source>column </source>
        <translation>列 </translation>
    </message>
    <message>
        <source> has no name, ignored</source>
        <translation> 没有名称,已忽略</translation>
    </message>
    <message>
        <source>column appears twice in the header</source>
        <translation>表头中该列出现了两次</translation>
    </message>
    <message>
        <source>unknown column, ignored</source>
        <translation>未知列,已忽略</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>缺少必需的列</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8; a sheet saved by Excel as GBK/ANSI text must be saved again as &quot;CSV UTF-8&quot;</source>
        <translation>文件不是有效的 UTF-8;用 Excel 保存为 GBK/ANSI 文本的表格须另存为“CSV UTF-8”</translation>
    </message>
    <message>
        <source>expected </source>
        <translation>应有 </translation>
    </message>
    <message>
        <source> fields, found </source>
        <translation> 个字段,实际为 </translation>
    </message>
    <message>
        <source>required value is empty</source>
        <translation>必填值为空</translation>
    </message>
    <message>
        <source>id has leading or trailing spaces: </source>
        <translation>编号首尾有空格:</translation>
    </message>
    <message>
        <source>more than two decimals: </source>
        <translation>超过两位小数:</translation>
    </message>
    <message>
        <source>not an amount of money (digits, optional &apos;-&apos;, at most two decimals): </source>
        <translation>不是金额(数字,可带 &apos;-&apos;,最多两位小数):</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): </source>
        <translation>不是日期(YYYY-MM-DD):</translation>
    </message>
    <message>
        <source>more than 6 decimals: </source>
        <translation>超过 6 位小数:</translation>
    </message>
    <message>
        <source>not a decimal number: </source>
        <translation>不是小数:</translation>
    </message>
    <message>
        <source>not a whole number: </source>
        <translation>不是整数:</translation>
    </message>
    <message>
        <source>out of range </source>
        <translation>超出范围 </translation>
    </message>
    <message>
        <source>must be 1 or 0: </source>
        <translation>必须是 1 或 0:</translation>
    </message>
    <message>
        <source>unknown period label (2026-03, 2026Q1, 2026, 2026-W47): </source>
        <translation>未知的期间标签(应为 2026-03、2026Q1、2026、2026-W47):</translation>
    </message>
    <message>
        <source>unknown </source>
        <translation>未知的 </translation>
    </message>
    <message>
        <source>duplicate id </source>
        <translation>重复的编号 </translation>
    </message>
    <message>
        <source> (first on line </source>
        <translation>(首次出现在第 </translation>
    </message>
    <message>
        <source>duplicate </source>
        <translation>重复的 </translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>不是文件夹</translation>
    </message>
    <message>
        <source>no CSV file of the interchange format in this folder</source>
        <translation>此文件夹中没有交换格式的 CSV 文件</translation>
    </message>
    <message>
        <source>not a file of the interchange format, ignored</source>
        <translation>不是交换格式的文件,已忽略</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>已检查</translation>
    </message>
    <message>
        <source>a target is for a month, a quarter or a year, not a week: </source>
        <translation>目标只能按月、季度或年度设定,不能按周:</translation>
    </message>
    <message>
        <source>KPI </source>
        <translation>KPI </translation>
    </message>
    <message>
        <source> is computed from the data; this value is not used</source>
        <translation> 由数据计算得出;此值不会被使用</translation>
    </message>
    <message>
        <source> is not defined in the workspace settings</source>
        <translation> 未在工作区设置中定义</translation>
    </message>
    <message>
        <source>a review period must be a quarter (2026Q3): </source>
        <translation>评估期间必须是季度(如 2026Q3):</translation>
    </message>
    <message>
        <source>unknown value </source>
        <translation>未知的值 </translation>
    </message>
    <message>
        <source>score must be between 0 and 100: </source>
        <translation>分数必须在 0 到 100 之间:</translation>
    </message>
    <message>
        <source>the same reviewer reviews this rep twice in the quarter (first on line </source>
        <translation>同一评估人在本季度对该销售评估了两次(第一次在第 </translation>
    </message>
    <message>
        <source>); both scores count</source>
        <translation> 行);两个分数都会计入</translation>
    </message>
    <message>
        <source>no root unit: exactly one org unit must have an empty parent_id</source>
        <translation>没有根组织:必须恰好有一个组织单元的 parent_id 为空</translation>
    </message>
    <message>
        <source>a second root unit </source>
        <translation>第二个根组织 </translation>
    </message>
    <message>
        <source> (root </source>
        <translation>(根组织 </translation>
    </message>
    <message>
        <source> already has no parent): exactly one root</source>
        <translation> 已没有上级):只能有一个根组织</translation>
    </message>
    <message>
        <source>parent_id makes a cycle through unit </source>
        <translation>parent_id 形成了循环,经过组织 </translation>
    </message>
    <message>
        <source>a unit cannot be its own parent</source>
        <translation>组织单元不能是自己的上级</translation>
    </message>
    <message>
        <source>unknown org unit </source>
        <translation>未知的组织单元 </translation>
    </message>
    <message>
        <source>a rep cannot be their own manager</source>
        <translation>销售人员不能是自己的经理</translation>
    </message>
    <message>
        <source>left_on is before hire_date</source>
        <translation>left_on 早于 hire_date</translation>
    </message>
    <message>
        <source>unknown rep </source>
        <translation>未知的销售人员 </translation>
    </message>
    <message>
        <source>credit_limit is negative</source>
        <translation>credit_limit 为负数</translation>
    </message>
    <message>
        <source>amount is negative</source>
        <translation>金额为负数</translation>
    </message>
    <message>
        <source>unknown stage </source>
        <translation>未知的阶段 </translation>
    </message>
    <message>
        <source>unknown opportunity </source>
        <translation>未知的商机 </translation>
    </message>
    <message>
        <source> (a stage history is imported with its opportunity: list it in opportunities.csv)</source>
        <translation>(阶段历史须与其商机一起导入:请在 opportunities.csv 中列出该商机)</translation>
    </message>
    <message>
        <source>history dates go backwards for opportunity </source>
        <translation>商机的阶段历史日期倒退:</translation>
    </message>
    <message>
        <source> after </source>
        <translation> 晚于 </translation>
    </message>
    <message>
        <source> (line </source>
        <translation>(第 </translation>
    </message>
    <message>
        <source>the first history row of opportunity </source>
        <translation>商机的第一条阶段历史 </translation>
    </message>
    <message>
        <source> must be on its created_on </source>
        <translation> 必须在其 created_on </translation>
    </message>
    <message>
        <source>, not </source>
        <translation>,而不是 </translation>
    </message>
    <message>
        <source>the last history row of opportunity </source>
        <translation>商机的最后一条阶段历史 </translation>
    </message>
    <message>
        <source> must be its stage </source>
        <translation> 必须是其当前阶段 </translation>
    </message>
    <message>
        <source>cancelled_on </source>
        <translation>cancelled_on </translation>
    </message>
    <message>
        <source> is before order_date </source>
        <translation> 早于 order_date </translation>
    </message>
    <message>
        <source>share must be more than 0 and at most 1: </source>
        <translation>份额必须大于 0 且不超过 1:</translation>
    </message>
    <message>
        <source>the non-overlay shares of order </source>
        <translation>订单的非叠加份额 </translation>
    </message>
    <message>
        <source> sum to </source>
        <translation> 合计为 </translation>
    </message>
    <message>
        <source>, must be exactly 1</source>
        <translation>,必须恰好为 1</translation>
    </message>
    <message>
        <source>a payment must be more than 0: </source>
        <translation>回款金额必须大于 0:</translation>
    </message>
    <message>
        <source>target </source>
        <translation>目标 </translation>
    </message>
    <message>
        <source>) is approved (version </source>
        <translation>）已批准（版本 </translation>
    </message>
    <message>
        <source>); kept </source>
        <translation>）；保留 </translation>
    </message>
    <message>
        <source> instead of </source>
        <translation>，而非 </translation>
    </message>
    <message>
        <source> — revise it in the Targets view</source>
        <translation> —— 请在目标管理中修订</translation>
    </message>
</context>
<context>
    <name>IncentiveExport</name>
    <message>
        <source>Incentive statement %1 %2</source>
        <translation>激励明细单 %1 %2</translation>
    </message>
    <message>
        <source>threshold not met</source>
        <translation>未达门槛</translation>
    </message>
    <message>
        <source>cap applied</source>
        <translation>已封顶</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>暂定</translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation>薪资表</translation>
    </message>
    <message>
        <source>Incentive payroll</source>
        <translation>激励发放表</translation>
    </message>
    <message>
        <source>Rep ID</source>
        <translation>销售代表编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Org unit</source>
        <translation>组织单元</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>激励方案</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>组成项</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组成部分</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>Tier / step / rank / grade</source>
        <translation>档位 / 台阶 / 名次 / 等级</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>提成比例</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>系数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>明细行</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>明细行</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>分摊</translation>
    </message>
    <message>
        <source>Booked in</source>
        <translation>入账期间</translation>
    </message>
    <message>
        <source>cannot create the folder </source>
        <translation>无法创建文件夹 </translation>
    </message>
    <message>
        <source>Incentive statement</source>
        <translation>激励明细单</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>计算依据</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>业绩值</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>No incentive plan applies to this rep for the period.</source>
        <translation>本期没有适用于该销售代表的激励方案。</translation>
    </message>
    <message>
        <source>The total is the sum of the components that are not errors; a component in error is not paid until its cause is fixed.</source>
        <translation>合计为所有未出错组成部分之和；出错的组成部分在问题修正之前不予发放。</translation>
    </message>
    <message>
        <source>not paid</source>
        <translation>不予发放</translation>
    </message>
    <message>
        <source>Not paid: %1</source>
        <translation>不予发放：%1</translation>
    </message>
    <message>
        <source>Actual A (sum of the lines)</source>
        <translation>实际 A（各明细行之和）</translation>
    </message>
    <message>
        <source>Target T</source>
        <translation>目标 T</translation>
    </message>
    <message>
        <source>Attainment a = A / T</source>
        <translation>达成率 a = A / T</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>计算方式</translation>
    </message>
    <message>
        <source>marginal (分段累进)</source>
        <translation>超额累进（分段累进）</translation>
    </message>
    <message>
        <source>retroactive (全额累进)</source>
        <translation>全额累进</translation>
    </message>
    <message>
        <source>Tier containing a</source>
        <translation>a 所在档位</translation>
    </message>
    <message>
        <source>tier %1, rate %2</source>
        <translation>第 %1 档，提成比例 %2</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>门槛</translation>
    </message>
    <message>
        <source>met</source>
        <translation>已达到</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>未达到</translation>
    </message>
    <message>
        <source>Effective rate e = C₀ / A</source>
        <translation>实际提成比例 e = C₀ / A</translation>
    </message>
    <message>
        <source>Σ amount × multiplier</source>
        <translation>Σ 金额 × 系数</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>封顶</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>已封顶</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>未达到</translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation>%1 起：%2</translation>
    </message>
    <message>
        <source>Tiers of the plan: %1.</source>
        <translation>方案档位：%1。</translation>
    </message>
    <message>
        <source>Category multipliers: %1; other categories × 1.</source>
        <translation>类别系数：%1；其他类别 × 1。</translation>
    </message>
    <message>
        <source>The attainment is below the threshold, so no commission is paid this period.</source>
        <translation>达成率低于门槛，本期不发放提成。</translation>
    </message>
    <message>
        <source>There is no positive actual, so the commission is 0.</source>
        <translation>实际值不为正，因此提成为 0。</translation>
    </message>
    <message>
        <source>Tier from</source>
        <translation>档位起点</translation>
    </message>
    <message>
        <source>Part of A in the tier</source>
        <translation>A 落在该档位的部分</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>提成</translation>
    </message>
    <message>
        <source>Each tier&apos;s rate applies to the part of A that falls in it: C₀ = %1.</source>
        <translation>每档的提成比例适用于 A 落在该档位的部分：C₀ = %1。</translation>
    </message>
    <message>
        <source>The rate of the tier containing a applies to all of A: C₀ = %1 × %2 = %3.</source>
        <translation>a 所在档位的提成比例适用于全部 A：C₀ = %1 × %2 = %3。</translation>
    </message>
    <message>
        <source>C = e × Σ amount × multiplier = %1 × %2</source>
        <translation>C = e × Σ 金额 × 系数 = %1 × %2</translation>
    </message>
    <message>
        <source>limited to the cap %1</source>
        <translation>受封顶限制为 %1</translation>
    </message>
    <message>
        <source>paid, rounded once to the cent: %1.</source>
        <translation>实发金额（仅在最后一步四舍五入到分）：%1。</translation>
    </message>
    <message>
        <source>No lines in this period.</source>
        <translation>本期没有明细行。</translation>
    </message>
    <message>
        <source>what-if</source>
        <translation>模拟测算</translation>
    </message>
    <message>
        <source>Amount × multiplier</source>
        <translation>金额 × 系数</translation>
    </message>
    <message>
        <source>Share of C</source>
        <translation>分摊的 C</translation>
    </message>
    <message>
        <source>The lines share the commission in proportion to amount × multiplier, so the shares add up to it exactly (to the cent).</source>
        <translation>各明细行按“金额 × 系数”的比例分摊提成，各份额之和与提成精确相等（精确到分）。</translation>
    </message>
    <message>
        <source>Orders booked in an earlier period and cancelled in this one: each line is minus that order&apos;s share of the commission on the statement of the period it was booked in — the approved statement when that period&apos;s was approved (marked *), else that period as calculated today.</source>
        <translation>以前期间下单、本期取消的订单：每行为该订单在其下单期间激励明细单上所分摊提成的负数 —— 该期间明细单已批准时取已批准的明细单（标 *），否则取该期间按当前数据计算的结果。</translation>
    </message>
    <message>
        <source>Nothing is clawed back this period.</source>
        <translation>本期没有追回的提成。</translation>
    </message>
    <message>
        <source>Clawed back</source>
        <translation>追回金额</translation>
    </message>
    <message>
        <source>Actual A</source>
        <translation>实际 A</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>已达到</translation>
    </message>
    <message>
        <source>Step from</source>
        <translation>档位起点</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>奖金</translation>
    </message>
    <message>
        <source>The highest step with attainment ≤ a is step %1: %2.</source>
        <translation>达成率起点 ≤ a 的最高档为第 %1 档：%2。</translation>
    </message>
    <message>
        <source>No step is reached, so no bonus is paid.</source>
        <translation>未达到任何档位，不发放奖金。</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Coefficient</source>
        <translation>系数</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基数</translation>
    </message>
    <message>
        <source>Base × coefficient of the grade = %1 × %2 = %3.</source>
        <translation>基数 × 等级系数 = %1 × %2 = %3。</translation>
    </message>
    <message>
        <source>Provisional: the quarter&apos;s appraisal is not signed off yet.</source>
        <translation>暂定：本季度绩效考核尚未签字确认。</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 名（共 %2 人）</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>未排名</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>称号</translation>
    </message>
    <message>
        <source>Prize</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Only values above 0 are ranked, highest first; reps tied share the money prizes of the ranks they cover and each gets every title among them.</source>
        <translation>只有大于 0 的业绩值参与排名，从高到低排列；并列的销售代表平分其所占名次的奖金，并各自获得这些名次的全部称号。</translation>
    </message>
    <message>
        <source>Clawback</source>
        <translation>提成追回</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>奖金</translation>
    </message>
    <message>
        <source>Grade bonus</source>
        <translation>等级奖金</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>销售竞赛</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户数</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>拜访次数</translation>
    </message>
</context>
<context>
    <name>KpiTemplateDialog</name>
    <message>
        <source>money</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>score 0–100</source>
        <translation>分数 0–100</translation>
    </message>
    <message>
        <source>KPI in row %1 (no code)</source>
        <translation>第 %1 行的 KPI（无代码）</translation>
    </message>
    <message>
        <source>KPI “%1”</source>
        <translation>KPI“%1”</translation>
    </message>
    <message>
        <source>item %1 (%2)</source>
        <translation>第 %1 项（%2）</translation>
    </message>
    <message>
        <source>the code is empty.</source>
        <translation>代码为空。</translation>
    </message>
    <message>
        <source>the code may not contain spaces, commas or quotes.</source>
        <translation>代码不能包含空格、逗号或引号。</translation>
    </message>
    <message>
        <source>“%1” is a built-in KPI; a manual KPI needs another code.</source>
        <translation>“%1”是内置 KPI；手工 KPI 请使用其他代码。</translation>
    </message>
    <message>
        <source>another manual KPI has the code “%1”.</source>
        <translation>另一个手工 KPI 已使用代码“%1”。</translation>
    </message>
    <message>
        <source>the name is empty.</source>
        <translation>名称为空。</translation>
    </message>
    <message>
        <source>the code is also used by template %1.</source>
        <translation>第 %1 个模板也使用了此代码。</translation>
    </message>
    <message>
        <source>%1 already has a template for %2, %3.</source>
        <translation>%1 已经是%2（%3）的模板。</translation>
    </message>
    <message>
        <source>any level</source>
        <translation>不限级别</translation>
    </message>
    <message>
        <source>a template needs at least one item.</source>
        <translation>模板至少需要一个指标项。</translation>
    </message>
    <message>
        <source>the weights sum to %1 (%2); they must sum to exactly 100.</source>
        <translation>权重合计为 %1（%2）；合计必须正好等于 100。</translation>
    </message>
    <message>
        <source>the KPI code “%1” is neither built in nor in the KPI library.</source>
        <translation>KPI 代码“%1”既不是内置 KPI，也不在 KPI 库中。</translation>
    </message>
    <message>
        <source>%1 is already item %2 of this template.</source>
        <translation>%1 已是本模板的第 %2 项。</translation>
    </message>
    <message>
        <source>the weight must be more than 0, not %1.</source>
        <translation>权重必须大于 0，而不是 %1。</translation>
    </message>
    <message>
        <source>the floor %1 is above the cap %2.</source>
        <translation>下限 %1 高于上限 %2。</translation>
    </message>
    <message>
        <source>the threshold may not be negative (%1).</source>
        <translation>门槛不能为负数（%1）。</translation>
    </message>
    <message>
        <source>a bands rule needs at least one band (minimum attainment, score).</source>
        <translation>分档规则至少需要一个区间（最低达成率、得分）。</translation>
    </message>
    <message>
        <source>band %1: the minimum attainment may not be negative (%2).</source>
        <translation>区间 %1：最低达成率不能为负数（%2）。</translation>
    </message>
    <message>
        <source>band %1: the minimum attainment %2 is already a band.</source>
        <translation>区间 %1：最低达成率 %2 已有对应的区间。</translation>
    </message>
    <message>
        <source>this rule scores the attainment, so the item needs a target (the owner&apos;s target or a fixed value).</source>
        <translation>该规则按达成率评分，因此该指标项需要设定目标（负责人的目标或固定值）。</translation>
    </message>
    <message>
        <source>a fixed target must be more than 0, not %1 (the item would never count).</source>
        <translation>固定目标必须大于 0，而不是 %1（否则该项永远无法得分）。</translation>
    </message>
    <message>
        <source>%1 has no targets to read (only revenue, gross profit, collections and new customers have them); give a fixed target.</source>
        <translation>%1 没有可读取的目标（只有销售额、毛利、回款和新客户数设有目标）；请设定固定目标。</translation>
    </message>
    <message>
        <source>a direct or behaviour-anchored rule needs a manual KPI (a score or a level entered per rep); %1 is computed.</source>
        <translation>直接评分或行为锚定规则需要手工 KPI（按销售代表录入得分或等级）；%1 是系统计算的指标。</translation>
    </message>
    <message>
        <source>describe all five levels of the behaviour anchors, or none.</source>
        <translation>行为锚定的五个等级须全部填写描述，或全部不填。</translation>
    </message>
    <message>
        <source>Template %1 (no code)</source>
        <translation>模板 %1（无代码）</translation>
    </message>
    <message>
        <source>Template “%1”</source>
        <translation>模板“%1”</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>（无代码）</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>过程指标</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果指标</translation>
    </message>
    <message>
        <source>Owner&apos;s target</source>
        <translation>负责人目标</translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>固定值：%1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Total weight: %1</source>
        <translation>权重合计：%1</translation>
    </message>
    <message>
        <source>Total weight: %1 — must be exactly 100</source>
        <translation>权重合计：%1 — 必须正好为 100</translation>
    </message>
</context>
<context>
    <name>LastChange</name>
    <message>
        <source>Last changed by %1 on %2</source>
        <translation>最后由 %1 于 %2 修改</translation>
    </message>
</context>
<context>
    <name>MeetingPack</name>
    <message>
        <source>1:1 · %1 (%2)</source>
        <translation>一对一面谈 · %1（%2）</translation>
    </message>
    <message>
        <source>%1 · %2 to %3 · amounts in %4</source>
        <translation>%1 · %2 至 %3 · 金额单位：%4</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户数</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation>本月累计</translation>
    </message>
    <message>
        <source>Quarter to date</source>
        <translation>本季度累计</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>本年累计</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>First order</source>
        <translation>首次下单</translation>
    </message>
    <message>
        <source>Profile changed</source>
        <translation>档案变更</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>New</source>
        <translation>增量</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>推进</translation>
    </message>
    <message>
        <source>Regressed</source>
        <translation>回退</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>停滞</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Over 180 days</source>
        <translation>超过 180 天</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>New-hire</source>
        <translation>新员工培训</translation>
    </message>
    <message>
        <source>Continuing</source>
        <translation>在职培训</translation>
    </message>
    <message>
        <source>Collection rate</source>
        <translation>回款率</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>拜访次数</translation>
    </message>
    <message>
        <source>360-degree review</source>
        <translation>360度评估</translation>
    </message>
    <message>
        <source>Meeting pack %1 · %2</source>
        <translation>会议资料包 %1 · %2</translation>
    </message>
    <message>
        <source>None this week.</source>
        <translation>本周无。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>区间</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>2 · Customer profile changes</source>
        <translation>2 · 客户档案变更</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>变更后</translation>
    </message>
    <message>
        <source>3 · Visit plan and visits done</source>
        <translation>3 · 拜访计划与拜访完成情况</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划拜访</translation>
    </message>
    <message>
        <source>Planned and visited</source>
        <translation>按计划完成拜访</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>完成率</translation>
    </message>
    <message>
        <source>Visited without plan</source>
        <translation>计划外拜访</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Demos</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>4 · Opportunity tracker and the week&apos;s changes</source>
        <translation>4 · 商机跟进表与本周变化</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Stage at start</source>
        <translation>期初阶段</translation>
    </message>
    <message>
        <source>Stage at end</source>
        <translation>期末阶段</translation>
    </message>
    <message>
        <source>5 · Collection tracker</source>
        <translation>5 · 回款跟进表</translation>
    </message>
    <message>
        <source>Collected this week</source>
        <translation>本周回款</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>未回款余额</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Collection rate (month)</source>
        <translation>回款率（本月）</translation>
    </message>
    <message>
        <source>Overdue receivables</source>
        <translation>逾期应收账款</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>账龄</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <source>This week:</source>
        <translation>本周：</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>无变化</translation>
    </message>
    <message>
        <source>Open appraisal items</source>
        <translation>待改进考核项</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Not appraised this quarter.</source>
        <translation>本季度未参加考核。</translation>
    </message>
    <message>
        <source>Every item at or above target.</source>
        <translation>所有考核项均达到或超过目标。</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>No training records.</source>
        <translation>没有培训记录。</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>针对的考核项</translation>
    </message>
    <message>
        <source>Coaching notes</source>
        <translation>辅导记录</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>暂无记录。</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>直属上级</translation>
    </message>
    <message>
        <source>1 · Targets and attainment</source>
        <translation>1 · 目标与达成</translation>
    </message>
    <message>
        <source>1 Targets</source>
        <translation>1 目标</translation>
    </message>
    <message>
        <source>Targets and attainment</source>
        <translation>目标与达成</translation>
    </message>
    <message>
        <source>2 Customers</source>
        <translation>2 客户</translation>
    </message>
    <message>
        <source>Customer profile changes</source>
        <translation>客户档案变更</translation>
    </message>
    <message>
        <source>3 Visits</source>
        <translation>3 拜访</translation>
    </message>
    <message>
        <source>Visit plan and visits done</source>
        <translation>拜访计划与拜访完成情况</translation>
    </message>
    <message>
        <source>Visit dates</source>
        <translation>拜访日期</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>4 Opportunities</source>
        <translation>4 商机</translation>
    </message>
    <message>
        <source>Opportunity tracker and the week&apos;s changes</source>
        <translation>商机跟进表与本周变化</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <source>5 Collections</source>
        <translation>5 回款</translation>
    </message>
    <message>
        <source>Collection tracker</source>
        <translation>回款跟进表</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>订单日期</translation>
    </message>
</context>
<context>
    <name>Receivables</name>
    <message>
        <source>Receivables as of %1</source>
        <translation>应收账款（截至 %1）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>汇总</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Collection rate</source>
        <translation>回款率</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期应收</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>已回款</translation>
    </message>
    <message>
        <source>Orders due</source>
        <translation>到期订单数</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>回款率</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>销售代表人数</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>组织单元</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>组织单元</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>订单日期</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>账龄</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已回款</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>未回款余额</translation>
    </message>
    <message>
        <source>Credit risk</source>
        <translation>信用风险</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <source>Over credit limit</source>
        <translation>超出信用额度</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>超过 90 天</translation>
    </message>
    <message>
        <source>Amount over 90 days</source>
        <translation>逾期超过 90 天的金额</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>SectionAccess</name>
    <message>
        <source>Not available to the HR role: the team server keeps the funnel, the customers and the sales dashboard to the sales roles.</source>
        <translation>HR 角色不可用：团队服务器只向销售类角色开放销售漏斗、客户和销售仪表盘。</translation>
    </message>
</context>
<context>
    <name>SectionInfo</name>
    <message>
        <source>Dashboard</source>
        <translation>仪表盘</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标管理</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <source>KPI &amp; Appraisal</source>
        <translation>KPI 与考核</translation>
    </message>
    <message>
        <source>Incentives</source>
        <translation>激励</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>The state of the business at a glance: targets, pipeline, collections and the team.</source>
        <translation>业务全貌一目了然：目标、商机管道、回款与团队。</translation>
    </message>
    <message>
        <source>Annual target decomposition across the org tree, months and customer segments.</source>
        <translation>年度目标按组织架构、月份和客户类别（存量/增量）逐级分解。</translation>
    </message>
    <message>
        <source>The sales funnel by stage, with conversion, velocity and health flags.</source>
        <translation>按阶段展示销售漏斗，含转化率、销售速度与健康预警。</translation>
    </message>
    <message>
        <source>Quarterly KPI scoring, 360° reviews, grades and the appraisal sheet for HR.</source>
        <translation>季度 KPI 评分、360° 评估、等级评定及 HR 考核表。</translation>
    </message>
    <message>
        <source>Commission, bonuses and sales contests, calculated per rep and period.</source>
        <translation>按销售人员和周期计算提成、奖金与销售竞赛。</translation>
    </message>
    <message>
        <source>Every customer with its opportunities, orders, payments and activities.</source>
        <translation>所有客户及其商机、订单、回款与拜访活动。</translation>
    </message>
    <message>
        <source>The org tree, the reps and the team&apos;s talent ladder.</source>
        <translation>组织架构、销售人员与团队人才梯队。</translation>
    </message>
    <message>
        <source>Attainment of this period&apos;s targets, with the gap and a run-rate projection</source>
        <translation>本期目标达成率、差距与按当前进度的预测</translation>
    </message>
    <message>
        <source>Weighted pipeline and coverage against the quarter&apos;s target</source>
        <translation>加权商机管道及其对本季度目标的覆盖率</translation>
    </message>
    <message>
        <source>Receivables aging and this month&apos;s collections</source>
        <translation>应收账款账龄与本月回款</translation>
    </message>
    <message>
        <source>Stalled deals and reps who need attention</source>
        <translation>停滞商机与需要关注的销售人员</translation>
    </message>
    <message>
        <source>Decompose a company target to regions, teams and reps: equal, weights, history or capacity</source>
        <translation>将公司目标分解到大区、团队和个人：平均、权重、历史或产能法</translation>
    </message>
    <message>
        <source>Split each year into fiscal months by seasonality, and into existing and new customers</source>
        <translation>按季节性将年度目标拆分到财务月份，并拆分为存量客户与增量客户</translation>
    </message>
    <message>
        <source>Reconcile top-down figures with what the teams submit bottom-up</source>
        <translation>自上而下的目标与团队自下而上的申报对比核对</translation>
    </message>
    <message>
        <source>Draft, approve and revise targets, keeping every version</source>
        <translation>目标的起草、审批与修订，保留每个版本</translation>
    </message>
    <message>
        <source>Count, amount and weighted amount per stage as of any day</source>
        <translation>任意日期各阶段的商机数量、金额与加权金额</translation>
    </message>
    <message>
        <source>Stage-to-stage conversion, win rate, cycle length and velocity</source>
        <translation>阶段间转化率、赢单率、销售周期与销售速度</translation>
    </message>
    <message>
        <source>Health flags for stalled and overdue deals</source>
        <translation>停滞与逾期商机的健康预警</translation>
    </message>
    <message>
        <source>The weekly change report for the team meeting (PDF, Excel)</source>
        <translation>用于团队周会的每周变化报告（PDF、Excel）</translation>
    </message>
    <message>
        <source>KPI templates per role and level with weights and scoring rules</source>
        <translation>按角色和级别设置的 KPI 模板，含权重与评分规则</translation>
    </message>
    <message>
        <source>Scores, totals and grades per rep for each quarter</source>
        <translation>每季度每位销售人员的得分、总分与等级</translation>
    </message>
    <message>
        <source>360° reviews from supervisors, peers, customers and self</source>
        <translation>来自上级、同事、客户与自评的 360° 评估</translation>
    </message>
    <message>
        <source>The appraisal sheet for HR (Excel, one PDF per rep)</source>
        <translation>提供给 HR 的考核表（Excel，每人一份 PDF）</translation>
    </message>
    <message>
        <source>Tiered commission, marginal or retroactive, with caps and thresholds</source>
        <translation>阶梯提成（超额累进或全额累进），含封顶与门槛</translation>
    </message>
    <message>
        <source>Attainment bonuses, grade bonuses and contest prizes</source>
        <translation>达成奖金、等级奖金与竞赛奖励</translation>
    </message>
    <message>
        <source>Clawbacks for cancelled orders</source>
        <translation>取消订单的提成追回</translation>
    </message>
    <message>
        <source>A statement per rep with every input shown</source>
        <translation>每位销售人员的激励明细单，列出全部计算依据</translation>
    </message>
    <message>
        <source>Search and sort every customer</source>
        <translation>搜索并排序所有客户</translation>
    </message>
    <message>
        <source>Opportunities, orders, payments and activities of each</source>
        <translation>每个客户的商机、订单、回款与活动</translation>
    </message>
    <message>
        <source>The org tree from company to regions, teams and reps</source>
        <translation>从公司到大区、团队和个人的组织架构</translation>
    </message>
    <message>
        <source>Levels, tenure and capacity of each rep</source>
        <translation>每位销售人员的级别、司龄与产能</translation>
    </message>
    <message>
        <source>The talent ladder against the team&apos;s target composition</source>
        <translation>人才梯队与团队目标结构的对比</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Fiscal year starts in:</source>
        <translation>财年起始月份：</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>币种：</translation>
    </message>
    <message>
        <source>A deal stalls after:</source>
        <translation>商机停滞判定：</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用程序</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>Sales stages</source>
        <translation>销售阶段</translation>
    </message>
    <message>
        <source>The open stages of the sales process, in order. Won and lost are always there.</source>
        <translation>销售流程中的进行中阶段（按顺序）。赢单与输单两个结束状态始终存在。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Win probability %</source>
        <translation>赢单概率 %</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
</context>
<context>
    <name>StaleEditMessage</name>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>绩效考核</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>激励明细单</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>%1 %2 was removed by someone else (another window or salesctl) since you read it, so &quot;%3&quot; was not saved.</source>
        <translation>%1 %2 在您读取后已被他人（另一个窗口或 salesctl）删除，因此“%3”未保存。</translation>
    </message>
    <message>
        <source>%1 %2 was changed by someone else (another window or salesctl) since you read it, so &quot;%3&quot; was not saved.</source>
        <translation>%1 %2 在您读取后已被他人（另一个窗口或 salesctl）修改，因此“%3”未保存。</translation>
    </message>
    <message>
        <source>It now reads: %1.</source>
        <translation>当前值为：%1。</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>%1 %2 was changed by %3 on %4 since you read it, so &quot;%5&quot; was not saved.</source>
        <translation>%1 %2 在您读取后已被 %3 于 %4 修改，因此“%5”未保存。</translation>
    </message>
    <message>
        <source>Nothing was written. The view was reloaded and shows the current data; make the change again if it is still needed.</source>
        <translation>未写入任何内容。视图已重新加载，显示的是当前数据；如仍需修改，请重新操作。</translation>
    </message>
    <message>
        <source>Org unit</source>
        <translation>组织单元</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Training record</source>
        <translation>培训记录</translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation>辅导记录</translation>
    </message>
</context>
<context>
    <name>TargetMessages</name>
    <message>
        <source>The target %1 cannot be negative.</source>
        <translation>目标 %1 不能为负数。</translation>
    </message>
    <message>
        <source>The target %1 is approved and locked: change it with Revise and a reason.</source>
        <translation>目标 %1 已批准并锁定：如需修改，请使用“修订”并填写原因。</translation>
    </message>
    <message>
        <source>The target %1 is a draft: edit it directly (only an approved target is revised).</source>
        <translation>目标 %1 是草稿：请直接编辑（只有已批准的目标才需要修订）。</translation>
    </message>
    <message>
        <source>The target %1 is already approved.</source>
        <translation>目标 %1 已经批准。</translation>
    </message>
    <message>
        <source>The target %1 has no figure to approve.</source>
        <translation>目标 %1 没有可批准的数值。</translation>
    </message>
    <message>
        <source>The target %1 has no responsible person (目标三定): it cannot be approved.</source>
        <translation>目标 %1 没有落实责任人（目标三定），无法批准。</translation>
    </message>
    <message>
        <source>The target %1 feeds no KPI item (目标三定): it cannot be approved.</source>
        <translation>目标 %1 未关联任何绩效指标项（目标三定），无法批准。</translation>
    </message>
    <message>
        <source>A revision of %1 needs a reason.</source>
        <translation>修订 %1 必须填写原因。</translation>
    </message>
    <message>
        <source>The revision of %1 gives the figure already approved.</source>
        <translation>对 %1 的修订数值与已批准的数值相同。</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>未打开工作区。</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标管理</translation>
    </message>
    <message>
        <source>The target %1 is approved and locked: its responsible person and KPI item cannot be changed (a revision changes only the figure). Nothing was changed.</source>
        <translation>目标 %1 已批准并锁定：不能修改其责任人和对应的 KPI 项（修订只改变数值）。未做任何修改。</translation>
    </message>
</context>
<context>
    <name>TeamUnitStatus</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1，以及另外 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active unit(s) under it: %1. Deactivate or move them first.</source>
        <translation>
            <numerusform>其下仍有 %n 个启用中的单元：%1。请先停用或移走这些单元。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) who have not left on %1: %2. Move them to another team (Move Rep) or set their leave date first.</source>
        <translation>
            <numerusform>仍有 %n 名销售代表在 %1 尚未离职：%2。请先将其调至其他团队（调动销售代表），或设置其离职日期。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be deactivated; it still has %2</source>
        <translation>%1 无法停用：%2</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>未打开工作区。</translation>
    </message>
    <message>
        <source>There is no unit %1.</source>
        <translation>不存在单元 %1。</translation>
    </message>
    <message>
        <source>%1 is the company: it cannot be deactivated.</source>
        <translation>%1 是公司，不能停用。</translation>
    </message>
    <message>
        <source>%1 is already inactive.</source>
        <translation>%1 已停用。</translation>
    </message>
    <message>
        <source>Deactivate unit %1</source>
        <translation>停用单元 %1</translation>
    </message>
    <message>
        <source>%1 is already active.</source>
        <translation>%1 已处于启用状态。</translation>
    </message>
    <message>
        <source>%1 is under %2, which is inactive: reactivate %2 first.</source>
        <translation>%1 的上级 %2 已停用：请先重新启用 %2。</translation>
    </message>
    <message>
        <source>Reactivate unit %1</source>
        <translation>重新启用单元 %1</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Change Settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>Edit opportunity %1</source>
        <translation>编辑商机 %1</translation>
    </message>
    <message>
        <source>Sign Off Appraisal</source>
        <translation>签字确认考核</translation>
    </message>
    <message>
        <source>Advance Appraisal</source>
        <translation>推进考核流程</translation>
    </message>
    <message>
        <source>Edit Self Comment</source>
        <translation>编辑自评意见</translation>
    </message>
    <message>
        <source>Edit Manager Comment</source>
        <translation>编辑上级评语</translation>
    </message>
    <message>
        <source>Calibrate Grade</source>
        <translation>校准等级</translation>
    </message>
    <message>
        <source>Reopen Appraisal</source>
        <translation>重新打开考核</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <source>Edit KPI Templates</source>
        <translation>编辑 KPI 模板</translation>
    </message>
    <message>
        <source>Add 360 Review</source>
        <translation>添加 360 度评估</translation>
    </message>
    <message>
        <source>Edit 360 Review</source>
        <translation>编辑 360 度评估</translation>
    </message>
    <message>
        <source>Delete 360 Review</source>
        <translation>删除 360 度评估</translation>
    </message>
</context>
<context>
    <name>sd::app::AboutDialog</name>
    <message>
        <source>About Salesdesk</source>
        <translation>关于 Salesdesk</translation>
    </message>
    <message>
        <source>Salesdesk %1</source>
        <translation>Salesdesk %1</translation>
    </message>
    <message>
        <source>Sales management for teams: targets, funnel, KPI and appraisal, incentives and customers.

Built with Qt %1, running on Qt %2.</source>
        <translation>面向销售团队的管理工具：目标、漏斗、KPI 与考核、激励和客户。

基于 Qt %1 构建，运行于 Qt %2。</translation>
    </message>
    <message>
        <source>Released under the MIT licence:</source>
        <translation>以 MIT 许可证发布：</translation>
    </message>
</context>
<context>
    <name>sd::app::ActivityDialog</name>
    <message>
        <source>Log Activity — %1</source>
        <translation>记录客户活动 — %1</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>What was discussed, next step</source>
        <translation>沟通内容、下一步计划</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Rep: choose who had the activity.</source>
        <translation>销售代表：请选择进行此次活动的人员。</translation>
    </message>
    <message>
        <source>Date: an activity is logged when it happened, not in the future (plan visits in the visit plan).</source>
        <translation>日期：活动应在发生后记录，不能填写将来的日期（计划中的拜访请在拜访计划中安排）。</translation>
    </message>
</context>
<context>
    <name>sd::app::AppraisalDetailWidget</name>
    <message>
        <source>Select a rep in the table to see the scorecard and the workflow.</source>
        <translation>在表格中选择一名销售代表，查看其计分卡和考核流程。</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 (scored %2, calibrated)</source>
        <translation>%1（评定等级 %2，已校准）</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source> (lower is better: target ÷ actual)</source>
        <translation>（越低越好：目标 ÷ 实际）</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>360 score: %1</source>
        <translation>360 度评估得分：%1</translation>
    </message>
    <message>
        <source>No 360 reviews for this period.</source>
        <translation>本期没有 360 度评估。</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source> · signed off on %1 by %2</source>
        <translation> · 由 %2 于 %1 签字确认</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>签字确认</translation>
    </message>
    <message>
        <source>Advance to %1</source>
        <translation>推进到“%1”</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>已签字确认</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>计分卡</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>考核流程</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>评分规则</translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>评估人类型</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>评估人数</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Score by perspective (balanced scorecard)</source>
        <translation>各维度得分（平衡计分卡）</translation>
    </message>
    <message>
        <source>360-degree review</source>
        <translation>360度评估</translation>
    </message>
    <message>
        <source>Self comment</source>
        <translation>自我评价</translation>
    </message>
    <message>
        <source>Manager comment</source>
        <translation>上级评语</translation>
    </message>
    <message>
        <source>Calibrate grade</source>
        <translation>校准等级</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Who did what and when</source>
        <translation>操作记录（谁在何时做了什么）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Calibrate</source>
        <translation>校准</translation>
    </message>
    <message>
        <source>Reason for the grade change (required)</source>
        <translation>等级调整原因（必填）</translation>
    </message>
    <message>
        <source>Reason for reopening (required)</source>
        <translation>重新打开的原因（必填）</translation>
    </message>
    <message>
        <source>360 reviews</source>
        <translation>360 度评估</translation>
    </message>
</context>
<context>
    <name>sd::app::AppraisalDistributionChart</name>
    <message>
        <source>Reps</source>
        <translation>销售代表人数</translation>
    </message>
    <message>
        <source>Most the rule allows</source>
        <translation>规则允许的上限</translation>
    </message>
    <message>
        <source>%1 graded · %2: %3 (max %4) · %5: %6 (max %7) · %8</source>
        <translation>已评定 %1 人 · %2：%3（上限 %4） · %5：%6（上限 %7） · %8</translation>
    </message>
    <message>
        <source>within the rule</source>
        <translation>符合分布规则</translation>
    </message>
    <message>
        <source>breaks the rule</source>
        <translation>违反分布规则</translation>
    </message>
</context>
<context>
    <name>sd::app::AppraisalPanel</name>
    <message>
        <source>All teams</source>
        <translation>所有团队</translation>
    </message>
    <message>
        <source>Could not score the appraisal: %1</source>
        <translation>无法完成绩效考核评分：%1</translation>
    </message>
    <message>
        <source>Scoring %1…</source>
        <translation>正在评分 %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) appraised for %1; %2 signed off.</source>
        <translation>
            <numerusform>%1 共考核 %n 名销售代表；%2 人已签字确认。</numerusform>
        </translation>
    </message>
    <message>
        <source>The appraisal of %1 is signed off and locked. Reopen it, with a reason, before changing it.</source>
        <translation>%1 的绩效考核已签字确认并锁定。如需修改，请先填写原因并重新打开。</translation>
    </message>
    <message>
        <source>This is not possible while the appraisal is in state &quot;%1&quot;.</source>
        <translation>绩效考核处于“%1”状态时无法进行此操作。</translation>
    </message>
    <message>
        <source>Write the reason first: it is kept in the record.</source>
        <translation>请先填写原因：原因将保留在记录中。</translation>
    </message>
    <message>
        <source>Choose one of the workspace&apos;s grades.</source>
        <translation>请选择工作区中定义的等级之一。</translation>
    </message>
    <message>
        <source>Only a signed-off appraisal is reopened.</source>
        <translation>只有已签字确认的绩效考核才能重新打开。</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>绩效考核</translation>
    </message>
    <message>
        <source>Export the appraisal sheet</source>
        <translation>导出考核表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Writing the appraisal sheet…</source>
        <translation>正在写入考核表…</translation>
    </message>
    <message>
        <source>The appraisal sheet was not written: %1</source>
        <translation>考核表未能写入：%1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Folder for the appraisal forms</source>
        <translation>考核表单的保存文件夹</translation>
    </message>
    <message>
        <source>Writing the appraisal forms…</source>
        <translation>正在写入考核表单…</translation>
    </message>
    <message>
        <source>The appraisal forms were not written: %1</source>
        <translation>考核表单未能写入：%1</translation>
    </message>
    <message>
        <source>Wrote the forms to %1</source>
        <translation>考核表单已写入 %1</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>季度：</translation>
    </message>
    <message>
        <source>Filter by rep name or ID…</source>
        <translation>按销售代表姓名或编号筛选…</translation>
    </message>
    <message>
        <source>Export xlsx…</source>
        <translation>导出 xlsx…</translation>
    </message>
    <message>
        <source>Export PDF forms…</source>
        <translation>导出 PDF 考核表单…</translation>
    </message>
    <message>
        <source>KPI templates…</source>
        <translation>KPI 模板…</translation>
    </message>
    <message>
        <source>The KPI library and the KPI templates per role and level</source>
        <translation>KPI 库，以及按岗位和级别设置的 KPI 模板</translation>
    </message>
</context>
<context>
    <name>sd::app::AppraisalTableModel</name>
    <message>
        <source>Scored %1, calibrated to %2: %3</source>
        <translation>评定等级 %1，校准为 %2：%3</translation>
    </message>
    <message>
        <source>Rep ID</source>
        <translation>销售代表编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>sd::app::AuditLogDialog</name>
    <message>
        <source>Audit &amp;Log…</source>
        <translation>审计日志(&amp;L)…</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>全部记录</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>全部用户</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 条变更</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>记录：</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <source>Search record, change, before and after</source>
        <translation>搜索记录、变更内容、修改前后的值</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>sd::app::AuditLogModel</name>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>绩效考核</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>校准</translation>
    </message>
    <message>
        <source>Incentive plan</source>
        <translation>激励方案</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>激励明细单</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>变更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>变更后</translation>
    </message>
</context>
<context>
    <name>sd::app::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>unexpected error</source>
        <translation>意外错误</translation>
    </message>
</context>
<context>
    <name>sd::app::BackupActions</name>
    <message>
        <source>Scheduled backup written to %1</source>
        <translation>定时备份已写入 %1</translation>
    </message>
    <message>
        <source>The scheduled backup failed: %1</source>
        <translation>定时备份失败：%1</translation>
    </message>
    <message>
        <source>&amp;Back Up Workspace…</source>
        <translation>备份工作区(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Restore Workspace from Backup…</source>
        <translation>从备份恢复工作区(&amp;R)…</translation>
    </message>
    <message>
        <source>Backup &amp;Schedule…</source>
        <translation>备份计划(&amp;S)…</translation>
    </message>
    <message>
        <source>Back Up Workspace</source>
        <translation>备份工作区</translation>
    </message>
    <message>
        <source>Salesdesk workspaces (*.sqlite)</source>
        <translation>Salesdesk 工作区 (*.sqlite)</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>正在备份到 %1…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>The workspace could not be backed up:

%1</source>
        <translation>无法备份工作区：

%1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Restore Workspace from Backup</source>
        <translation>从备份恢复工作区</translation>
    </message>
    <message>
        <source>Salesdesk workspaces (*.sqlite);;All files (*)</source>
        <translation>Salesdesk 工作区 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Replace everything in %1 with the backup %2?

The current content is kept in the backups folder beside the workspace.</source>
        <translation>用备份 %2 替换 %1 的全部内容？

当前内容会保存在工作区旁的 backups 文件夹中。</translation>
    </message>
    <message>
        <source>Checking and restoring %1…</source>
        <translation>正在检查并恢复 %1…</translation>
    </message>
    <message>
        <source>Restore refused</source>
        <translation>已拒绝恢复</translation>
    </message>
    <message>
        <source>The backup could not be restored; the workspace was not changed.

%1</source>
        <translation>无法恢复该备份；工作区未做任何改动。

%1</translation>
    </message>
    <message>
        <source>%1 was restored from %2.</source>
        <translation>已从 %2 恢复 %1。</translation>
    </message>
    <message>
        <source>%1 was restored from %2.

The replaced content is kept in %3.</source>
        <translation>已从 %2 恢复 %1。

被替换的内容保存在 %3。</translation>
    </message>
    <message>
        <source>Backup Schedule</source>
        <translation>备份计划</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Back up when the last backup is older than:</source>
        <translation>上次备份早于以下时长时自动备份：</translation>
    </message>
    <message>
        <source>Scheduled backups kept:</source>
        <translation>保留的定时备份份数：</translation>
    </message>
</context>
<context>
    <name>sd::app::CareListWidget</name>
    <message>
        <source>Select a rep to see its care reminders.</source>
        <translation>选择一名销售代表以查看其客户关怀提醒。</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message>
        <source>Founding day</source>
        <translation>成立纪念日</translation>
    </message>
    <message>
        <source>Not contacted since</source>
        <translation>未联系起始日</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 as of %2: %3 key date(s) in the next %4 days, %5 customer(s) not contacted for %6 days or more.</source>
        <translation>%1，截至 %2：未来 %4 天内有 %3 个重要日期，%5 个客户已 %6 天或更久未联系。</translation>
    </message>
    <message>
        <source>Not contacted for (days):</source>
        <translation>未联系天数：</translation>
    </message>
    <message>
        <source>Key dates within (days):</source>
        <translation>重要日期提前天数：</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
</context>
<context>
    <name>sd::app::CoachingNoteDialog</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>New Coaching Note</source>
        <translation>新建辅导记录</translation>
    </message>
    <message>
        <source>Edit Coaching Note</source>
        <translation>编辑辅导记录</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Date: &apos;%1&apos; is not a date (YYYY-MM-DD).</source>
        <translation>日期：“%1”不是有效日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Note: required.</source>
        <translation>记录内容：必填。</translation>
    </message>
</context>
<context>
    <name>sd::app::CoachingNotesWidget</name>
    <message>
        <source>Select a rep to see its coaching notes.</source>
        <translation>选择一名销售代表以查看其辅导记录。</translation>
    </message>
    <message>
        <source>Notes of the 1:1 communication meetings with %1 (the meeting pack shows the last five).</source>
        <translation>与 %1 的一对一沟通会记录（会议资料包显示最近五条）。</translation>
    </message>
    <message>
        <source>Coaching notes</source>
        <translation>辅导记录</translation>
    </message>
    <message>
        <source>Add Note…</source>
        <translation>添加记录…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>sd::app::ConnectActions</name>
    <message>
        <source>Cannot connect to the team server</source>
        <translation>无法连接团队服务器</translation>
    </message>
    <message>
        <source>The team workspace %1 could not be opened:

%2</source>
        <translation>无法打开团队工作区 %1：

%2</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>已连接到 %1</translation>
    </message>
    <message>
        <source>&amp;Connect to Team Server…</source>
        <translation>连接团队服务器(&amp;C)…</translation>
    </message>
    <message>
        <source>Open a shared team workspace on a PostgreSQL server</source>
        <translation>打开 PostgreSQL 服务器上的共享团队工作区</translation>
    </message>
</context>
<context>
    <name>sd::app::ConnectDialog</name>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>请输入服务器的主机名或地址。</translation>
    </message>
    <message>
        <source>The host &quot;%1&quot; is not a host name or address.</source>
        <translation>“%1”不是有效的主机名或地址。</translation>
    </message>
    <message>
        <source>Enter the name of the team database.</source>
        <translation>请输入团队数据库的名称。</translation>
    </message>
    <message>
        <source>The database name must not contain &apos;/&apos;.</source>
        <translation>数据库名称不能包含“/”。</translation>
    </message>
    <message>
        <source>Enter your user name on the server.</source>
        <translation>请输入您在服务器上的用户名。</translation>
    </message>
    <message>
        <source>The connection settings are not usable: %1</source>
        <translation>连接设置无法使用：%1</translation>
    </message>
    <message>
        <source>Connect to Team Server</source>
        <translation>连接团队服务器</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>主机(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;TLS mode:</source>
        <translation>TLS 模式(&amp;T)：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>连接地址：</translation>
    </message>
    <message>
        <source>sales-db.example.com</source>
        <translation>sales-db.example.com</translation>
    </message>
    <message>
        <source>your login on the server</source>
        <translation>您在服务器上的登录名</translation>
    </message>
    <message>
        <source>empty: PGPASSWORD or ~/.pgpass</source>
        <translation>留空则使用 PGPASSWORD 或 ~/.pgpass</translation>
    </message>
    <message>
        <source>Disable (no encryption)</source>
        <translation>禁用（不加密）</translation>
    </message>
    <message>
        <source>Prefer (encrypt when the server can)</source>
        <translation>优先（服务器支持时加密）</translation>
    </message>
    <message>
        <source>Require (always encrypt)</source>
        <translation>必需（始终加密）</translation>
    </message>
    <message>
        <source>Verify full (encrypt and check the server&apos;s certificate and name)</source>
        <translation>完全验证（加密，并校验服务器的证书和名称）</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>sd::app::ContactDialog</name>
    <message>
        <source>YYYY-MM-DD, optional</source>
        <translation>YYYY-MM-DD，可选</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Name: a contact needs a name.</source>
        <translation>姓名：联系人必须填写姓名。</translation>
    </message>
    <message>
        <source>E-mail: &apos;%1&apos; is not an e-mail address.</source>
        <translation>邮件：“%1”不是有效的邮箱地址。</translation>
    </message>
</context>
<context>
    <name>sd::app::CustomerDetailWidget</name>
    <message>
        <source>Won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>输单</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>%1 · owner: %2</source>
        <translation>%1 · 负责人：%2</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>行业：</translation>
    </message>
    <message>
        <source>Customer since:</source>
        <translation>建档日期：</translation>
    </message>
    <message>
        <source>Payment terms:</source>
        <translation>账期：</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Credit limit:</source>
        <translation>信用额度：</translation>
    </message>
    <message>
        <source>Founded:</source>
        <translation>成立日期：</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>生日：</translation>
    </message>
    <message>
        <source>Ordered (not cancelled):</source>
        <translation>订单金额（未取消）：</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>已回款：</translation>
    </message>
    <message>
        <source>Opportunities (%1)</source>
        <translation>商机（%1）</translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation>订单（%1）</translation>
    </message>
    <message>
        <source>Payments (%1)</source>
        <translation>回款（%1）</translation>
    </message>
    <message>
        <source>Activities (%1)</source>
        <translation>活动（%1）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>取消日期</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>回款日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售人员</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>%1 (merged into %2)</source>
        <translation>%1（已合并到 %2）</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>联系人（%1）</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <source>Select a customer to see its profile, opportunities, orders, payments, activities and contacts.</source>
        <translation>选择一个客户，查看其档案、商机、订单、回款、活动与联系人。</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
</context>
<context>
    <name>sd::app::CustomerEditDialog</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, optional</source>
        <translation>YYYY-MM-DD，可选</translation>
    </message>
    <message>
        <source>Edit Customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <source>New Customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>账期</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <source>Birthday (key contact)</source>
        <translation>生日（关键联系人）</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>成立日期</translation>
    </message>
    <message>
        <source>ID: a customer needs an id.</source>
        <translation>编号：客户必须有编号。</translation>
    </message>
    <message>
        <source>Name: a customer needs a name.</source>
        <translation>名称：客户必须有名称。</translation>
    </message>
    <message>
        <source>Owner: choose the rep who owns the customer.</source>
        <translation>负责人：请选择负责该客户的销售代表。</translation>
    </message>
    <message>
        <source>Credit limit: &apos;%1&apos; is not an amount ≥ 0 with at most two decimals.</source>
        <translation>信用额度：“%1”不是 ≥ 0 且最多两位小数的金额。</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
</context>
<context>
    <name>sd::app::CustomerReceivablesWidget</name>
    <message>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Loading the workspace…</source>
        <translation>正在加载工作区…</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>&lt;b&gt;Receivables %1&lt;/b&gt; as of %2 · overdue %3 (%4 orders) · more than 90 days %5 · &lt;b&gt;collection rate of %6: %7&lt;/b&gt; (collected %8 of %9 due) · credit-risk customers: %10</source>
        <translation>&lt;b&gt;应收账款 %1&lt;/b&gt;（截至 %2） · 逾期 %3（%4 笔订单） · 逾期超过 90 天 %5 · &lt;b&gt;%6 回款率：%7&lt;/b&gt;（应收 %9，已回款 %8） · 信用风险客户：%10</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>订单日期</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>未回款余额</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>超过 90 天</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>over the credit limit</source>
        <translation>超出信用额度</translation>
    </message>
    <message>
        <source>more than 90 days past due</source>
        <translation>逾期超过 90 天</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>逾期（%1）</translation>
    </message>
    <message>
        <source>Credit-risk flags (%1)</source>
        <translation>信用风险预警（%1）</translation>
    </message>
    <message>
        <source>Org unit</source>
        <translation>组织单元</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>未到期</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Total (%1)</source>
        <translation>合计（%1）</translation>
    </message>
    <message>
        <source>Aging as of %1</source>
        <translation>账龄（截至 %1）</translation>
    </message>
    <message>
        <source>Nothing to export yet.</source>
        <translation>暂无可导出的内容。</translation>
    </message>
    <message>
        <source>The receivables were not exported: %1</source>
        <translation>应收账款未能导出：%1</translation>
    </message>
    <message>
        <source>Export Receivables</source>
        <translation>导出应收账款</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>截至：</translation>
    </message>
    <message>
        <source>Aging per:</source>
        <translation>账龄汇总维度：</translation>
    </message>
    <message>
        <source>Export xlsx…</source>
        <translation>导出 xlsx…</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>账龄</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Credit-risk flags</source>
        <translation>信用风险预警</translation>
    </message>
</context>
<context>
    <name>sd::app::CustomerTableModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>建档日期</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>账期</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <source>%1 (merged into %2)</source>
        <translation>%1（已合并到 %2）</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1（已停用）</translation>
    </message>
</context>
<context>
    <name>sd::app::CustomersPanel</name>
    <message>
        <source>No workspace open</source>
        <translation>未打开工作区</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>共 %1 个客户</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>找到 %1 个</translation>
    </message>
    <message>
        <source>Search by name, ID or industry…</source>
        <translation>按名称、编号或行业搜索…</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Merge Customer</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <source>Merge %1 (%2) into the customer with ID:</source>
        <translation>将 %1（%2）合并到以下编号的客户：</translation>
    </message>
    <message>
        <source>Every opportunity (%1), order (%2), activity (%3) and contact (%4) of %5 moves to %6, and %5 is marked as merged. Merge?</source>
        <translation>%5 的全部商机（%1）、订单（%2）、活动（%3）和联系人（%4）都将转移到 %6，%5 将被标记为已合并。确定合并吗？</translation>
    </message>
    <message>
        <source>Record Payment</source>
        <translation>登记回款</translation>
    </message>
    <message>
        <source>This customer has no order with an open amount.</source>
        <translation>该客户没有未回款的订单。</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>新建…</translation>
    </message>
    <message>
        <source>Add a customer</source>
        <translation>新增客户</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <source>Merge this customer into another (a duplicate): every order, opportunity, activity and contact moves</source>
        <translation>将此客户（重复客户）合并到另一个客户：所有订单、商机、活动和联系人都将随之转移</translation>
    </message>
    <message>
        <source>Log Activity…</source>
        <translation>记录客户活动…</translation>
    </message>
    <message>
        <source>Record Payment…</source>
        <translation>登记回款…</translation>
    </message>
    <message>
        <source>Add Contact…</source>
        <translation>添加联系人…</translation>
    </message>
    <message>
        <source>Edit Contact…</source>
        <translation>编辑联系人…</translation>
    </message>
    <message>
        <source>Remove Contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>应收账款</translation>
    </message>
</context>
<context>
    <name>sd::app::DashboardPanel</name>
    <message>
        <source>Loading the workspace…</source>
        <translation>正在加载工作区…</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>截至：</translation>
    </message>
    <message>
        <source>Attainment against target</source>
        <translation>目标达成率</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <source>Collections and overdue</source>
        <translation>回款与逾期</translation>
    </message>
    <message>
        <source>Stalled deals</source>
        <translation>停滞商机</translation>
    </message>
    <message>
        <source>Customer care</source>
        <translation>客户关怀</translation>
    </message>
    <message>
        <source>Contest leaderboard</source>
        <translation>销售竞赛排行榜</translation>
    </message>
    <message>
        <source>Targets ›</source>
        <translation>目标管理 ›</translation>
    </message>
    <message>
        <source>Funnel ›</source>
        <translation>销售漏斗 ›</translation>
    </message>
    <message>
        <source>Customers ›</source>
        <translation>客户 ›</translation>
    </message>
    <message>
        <source>Incentives ›</source>
        <translation>激励 ›</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation>本月累计</translation>
    </message>
    <message>
        <source>Quarter to date</source>
        <translation>本季度累计</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>本年累计</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>无目标</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>进行中商机</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>进行中金额</translation>
    </message>
    <message>
        <source>Weighted forecast</source>
        <translation>加权预测</translation>
    </message>
    <message>
        <source>Win rate (year to date)</source>
        <translation>赢单率（本年累计）</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>超过 90 天</translation>
    </message>
    <message>
        <source>Customers flagged (credit risk)</source>
        <translation>预警客户（信用风险）</translation>
    </message>
    <message>
        <source>Collection rate this month</source>
        <translation>本月回款率</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; deals, %2, with no stage change for %3 days or more</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 个商机（%2）已连续 %3 天或更久没有阶段变化</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; key dates in the next 14 days · &lt;b&gt;%2&lt;/b&gt; customers not contacted for 60 days</source>
        <translation>未来 14 天内有 &lt;b&gt;%1&lt;/b&gt; 个重要日期 · &lt;b&gt;%2&lt;/b&gt; 个客户已 60 天未联系</translation>
    </message>
    <message>
        <source>birthday %1</source>
        <translation>生日 %1</translation>
    </message>
    <message>
        <source>founding day %1</source>
        <translation>成立纪念日 %1</translation>
    </message>
    <message numerus="yes">
        <source>no contact for %n days</source>
        <translation>
            <numerusform>%n 天未联系</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Nobody has scored yet.</source>
        <translation>目前还没有人取得成绩。</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1（已停用）</translation>
    </message>
    <message>
        <source>Figures as of %1, saved at %2 · updating…</source>
        <translation>截至 %1 的已保存数据（%2 保存）· 正在更新…</translation>
    </message>
    <message>
        <source>Figures as of %1, saved %2 · updating…</source>
        <translation>截至 %1 的已保存数据（%2 保存）· 正在更新…</translation>
    </message>
</context>
<context>
    <name>sd::app::DecompositionDialog</name>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Across the org</source>
        <translation>组织分解方式</translation>
    </message>
    <message>
        <source>Across the months</source>
        <translation>月度分解方式</translation>
    </message>
    <message>
        <source>Over-assignment factor</source>
        <translation>超额分配系数</translation>
    </message>
    <message>
        <source>Existing-customer share</source>
        <translation>存量客户占比</translation>
    </message>
    <message>
        <source>Decompose a target</source>
        <translation>分解目标</translation>
    </message>
    <message>
        <source>Fiscal year %1</source>
        <translation>%1 财年</translation>
    </message>
    <message>
        <source>Q%1 of fiscal year %2</source>
        <translation>%2 财年第 %1 季度</translation>
    </message>
    <message>
        <source>Equal</source>
        <translation>平均分配</translation>
    </message>
    <message>
        <source>Last year&apos;s actuals</source>
        <translation>按上年实际</translation>
    </message>
    <message>
        <source>Capacity (level × ramp-up)</source>
        <translation>按产能（级别 × 爬坡系数）</translation>
    </message>
    <message>
        <source>Last year&apos;s months</source>
        <translation>按上年各月</translation>
    </message>
    <message>
        <source>none (e.g. 1.10 adds a 10% buffer)</source>
        <translation>无（例如 1.10 表示增加 10% 的余量）</translation>
    </message>
    <message>
        <source>from last year (70/30 without history)</source>
        <translation>按上年（无历史数据时为 70/30）</translation>
    </message>
    <message>
        <source>Down to every rep</source>
        <translation>分解到每位销售代表</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Apply as draft</source>
        <translation>保存为草稿</translation>
    </message>
    <message>
        <source>Amount: &quot;%1&quot; is not an amount ≥ 0 with at most 2 decimals.</source>
        <translation>金额：“%1”不是 ≥ 0 且最多 2 位小数的金额。</translation>
    </message>
    <message>
        <source>Amount: &quot;%1&quot; is not a whole number ≥ 0.</source>
        <translation>金额：“%1”不是 ≥ 0 的整数。</translation>
    </message>
    <message>
        <source>Over-assignment factor: &quot;%1&quot; is not a number above 0 (e.g. 1.10).</source>
        <translation>超额分配系数：“%1”不是大于 0 的数字（例如 1.10）。</translation>
    </message>
    <message>
        <source>Existing-customer share: &quot;%1&quot; is not a number from 0 to 1.</source>
        <translation>存量客户占比：“%1”不是 0 到 1 之间的数字。</translation>
    </message>
    <message>
        <source>Loading the workspace…</source>
        <translation>正在加载工作区…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Existing</source>
        <translation>存量客户</translation>
    </message>
    <message>
        <source>New</source>
        <translation>增量客户</translation>
    </message>
    <message numerus="yes">
        <source>%n target node(s) below %1; the children sum to %2.</source>
        <translation>
            <numerusform>%1 下有 %n 个目标节点；下级合计为 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Weights (entered beside)</source>
        <translation>权重（在右侧输入）</translation>
    </message>
    <message>
        <source>Seasonality weights (entered beside)</source>
        <translation>季节性权重（在右侧输入）</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Weight of each child, relative to its siblings (numbers ≥ 0, not all 0 under one parent):</source>
        <translation>各下级相对于同级的权重（≥ 0 的数字，同一上级下不能全为 0）：</translation>
    </message>
    <message>
        <source>Weight of each month (numbers ≥ 0, not all 0):</source>
        <translation>各月权重（≥ 0 的数字，不能全为 0）：</translation>
    </message>
    <message>
        <source>The organisation could not be read: %1</source>
        <translation>无法读取组织架构：%1</translation>
    </message>
    <message>
        <source>Weights, row %1 (%2): &quot;%3&quot; is not a number ≥ 0 with at most 6 decimals.</source>
        <translation>权重，第 %1 行（%2）：“%3”不是最多 6 位小数且 ≥ 0 的数字。</translation>
    </message>
    <message>
        <source>Weights: %1 has no one below it to give a weight to.</source>
        <translation>权重：%1 没有可分配权重的下级。</translation>
    </message>
    <message>
        <source>Weights: every child of %1 has weight 0, so its target cannot be shared. Give at least one of them a weight above 0.</source>
        <translation>权重：%1 的所有下级权重均为 0，目标无法分配。请至少给其中一个大于 0 的权重。</translation>
    </message>
    <message>
        <source>Month weights, %1: &quot;%2&quot; is not a number ≥ 0 with at most 6 decimals.</source>
        <translation>月度权重，%1：“%2”不是最多 6 位小数且 ≥ 0 的数字。</translation>
    </message>
    <message>
        <source>Month weights: every month has weight 0. Give at least one month a weight above 0.</source>
        <translation>月度权重：所有月份的权重均为 0。请至少给一个月份大于 0 的权重。</translation>
    </message>
    <message>
        <source>The %3 history of %1 in %2 is all zero: split equally.</source>
        <translation>%1 在 %2 的%3历史全部为零：平均分配。</translation>
    </message>
    <message>
        <source>%1 has no reps active in %2: its share stays on the unit.</source>
        <translation>%1 在 %2 没有在职销售代表：其份额留在该单元。</translation>
    </message>
    <message>
        <source>The monthly history of %1 in %2 is all zero: the months are split equally.</source>
        <translation>%1 在 %2 的月度历史全部为零：各月平均分配。</translation>
    </message>
    <message>
        <source>No %1 history for %2 in %3: existing and new customers split 70/30.</source>
        <translation>%2 在 %3 没有%1历史：存量/增量客户按 70/30 分配。</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>gross profit</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>collections</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>new customers</source>
        <translation>新客户数</translation>
    </message>
</context>
<context>
    <name>sd::app::ErrorListDialog</name>
    <message>
        <source>Copy all</source>
        <translation>全部复制</translation>
    </message>
</context>
<context>
    <name>sd::app::FunnelDrillDialog</name>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>%1 opportunities; the %2 largest are listed.</source>
        <translation>共 %1 个商机；列出金额最大的 %2 个。</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(s), largest amount first.</source>
        <translation>
            <numerusform>%n 个商机，按金额从大到小排列。</numerusform>
        </translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Stage now</source>
        <translation>当前阶段</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>原值</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新值</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Exit criteria skipped</source>
        <translation>跳过的退出标准</translation>
    </message>
    <message>
        <source>Change history of the selected opportunity</source>
        <translation>所选商机的变更历史</translation>
    </message>
    <message>
        <source>yes: %1</source>
        <translation>是：%1</translation>
    </message>
    <message>
        <source>Edit opportunity</source>
        <translation>编辑商机</translation>
    </message>
</context>
<context>
    <name>sd::app::FunnelForecastWidget</name>
    <message>
        <source>Open deals of %1 as of %2</source>
        <translation>%1 截至 %2 的进行中商机</translation>
    </message>
    <message>
        <source>Forecast for:</source>
        <translation>预测期间：</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Weighted forecast</source>
        <translation>加权预测</translation>
    </message>
    <message>
        <source>Commit (open)</source>
        <translation>承诺（进行中）</translation>
    </message>
    <message>
        <source>Best case (open)</source>
        <translation>乐观（进行中）</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Submitted by, when</source>
        <translation>提交人与时间</translation>
    </message>
    <message>
        <source>Manager&apos;s adjustment</source>
        <translation>经理调整</translation>
    </message>
    <message>
        <source>Adjusted by, when</source>
        <translation>调整人与时间</translation>
    </message>
    <message>
        <source>Forecast in force</source>
        <translation>生效预测</translation>
    </message>
    <message>
        <source>Σ amount × stage probability of the rep&apos;s open deals as of the as-of date (SPEC §4)</source>
        <translation>截至统计日该销售代表进行中商机的 Σ 金额 × 阶段赢率（SPEC §4）</translation>
    </message>
    <message>
        <source>The manager&apos;s adjustment, else the rep&apos;s submission</source>
        <translation>有经理调整时取调整值，否则取销售代表的提交值</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>e.g. 250000.00</source>
        <translation>例如 250000.00</translation>
    </message>
    <message>
        <source>Submit the rep&apos;s forecast</source>
        <translation>提交销售代表的预测</translation>
    </message>
    <message>
        <source>Adjust (manager)</source>
        <translation>调整（经理）</translation>
    </message>
    <message>
        <source>Q%1 of fiscal year %2</source>
        <translation>%2 财年第 %1 季度</translation>
    </message>
    <message>
        <source>Fiscal year %1</source>
        <translation>%1 财年</translation>
    </message>
    <message>
        <source>The submissions could not be read: %1</source>
        <translation>无法读取预测提交：%1</translation>
    </message>
    <message numerus="yes">
        <source>Weighted forecast %1 (open deals as of %2) · submitted %3 by %4 of %n rep(s) · in force after the manager&apos;s adjustments %5</source>
        <translation>
            <numerusform>加权预测 %1（截至 %2 的进行中商机） · %n 名销售代表中 %4 人已提交 %3 · 经理调整后生效 %5</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a rep in the table first.</source>
        <translation>请先在表格中选择一名销售代表。</translation>
    </message>
    <message>
        <source>Amount: &quot;%1&quot; is not an amount ≥ 0 with at most 2 decimals.</source>
        <translation>金额：“%1”不是 ≥ 0 且最多 2 位小数的金额。</translation>
    </message>
    <message>
        <source>Forecast of %1 for %2 adjusted to %3.</source>
        <translation>%1 的 %2 预测已调整为 %3。</translation>
    </message>
    <message>
        <source>Forecast of %1 for %2 submitted: %3.</source>
        <translation>%1 的 %2 预测已提交：%3。</translation>
    </message>
</context>
<context>
    <name>sd::app::FunnelOverviewWidget</name>
    <message>
        <source>Funnel by:</source>
        <translation>漏斗口径：</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Customer&apos;s buying step</source>
        <translation>客户购买步骤</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>停滞</translation>
    </message>
    <message>
        <source>Reached (cohort)</source>
        <translation>到达数（同期商机）</translation>
    </message>
    <message>
        <source>Conversion to next</source>
        <translation>向下一阶段转化率</translation>
    </message>
    <message>
        <source>Avg days in stage</source>
        <translation>平均停留天数</translation>
    </message>
    <message>
        <source>Figures of the window</source>
        <translation>统计期指标</translation>
    </message>
    <message>
        <source>Health check (non-standard funnel)</source>
        <translation>健康检查（非标准漏斗）</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 → %4)</source>
        <translation>%1（%3 个中 %2 个进入 %4）</translation>
    </message>
    <message>
        <source>won</source>
        <translation>赢单</translation>
    </message>
    <message>
        <source>Weighted forecast</source>
        <translation>加权预测</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>进行中商机</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <source>Average won amount</source>
        <translation>平均赢单金额</translation>
    </message>
    <message>
        <source>Average cycle (days)</source>
        <translation>平均销售周期（天）</translation>
    </message>
    <message>
        <source>Velocity per day</source>
        <translation>每日销售速度</translation>
    </message>
    <message>
        <source>Cohort (created in window)</source>
        <translation>同期商机（统计期内创建）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (won %2, lost %3)</source>
        <translation>%1（赢单 %2，输单 %3）</translation>
    </message>
    <message>
        <source>%1 holds more deals (%2) than %3 before it (%4)</source>
        <translation>%1 的商机数（%2）多于前一阶段 %3（%4）</translation>
    </message>
    <message>
        <source>%1 holds a larger amount (%2) than %3 before it (%4)</source>
        <translation>%1 的金额（%2）大于前一阶段 %3（%4）</translation>
    </message>
    <message>
        <source>%1: conversion %2 → %3 is %4, below half of the team median %5</source>
        <translation>%1：%2 → %3 的转化率为 %4，低于团队中位数 %5 的一半</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n stalled deal(s) (in the stage for its stall days or more)</source>
        <translation>
            <numerusform>%1：%n 个停滞商机（在该阶段停留的天数达到或超过停滞天数）</numerusform>
        </translation>
    </message>
    <message>
        <source>No flags: the funnel narrows stage by stage.</source>
        <translation>无预警：漏斗逐阶段收窄。</translation>
    </message>
    <message>
        <source>Open amount by stage as of %1</source>
        <translation>截至 %1 各阶段进行中金额</translation>
    </message>
    <message>
        <source>Open deals by stage as of %1</source>
        <translation>截至 %1 各阶段进行中商机</translation>
    </message>
    <message>
        <source>Stalled in %1</source>
        <translation>停滞于 %1</translation>
    </message>
    <message>
        <source>Created in the window and reached %1</source>
        <translation>统计期内创建并到达 %1</translation>
    </message>
    <message>
        <source>In %1 as of %2</source>
        <translation>截至 %2 处于 %1</translation>
    </message>
    <message>
        <source>Won or lost in the window</source>
        <translation>统计期内赢单或输单</translation>
    </message>
    <message>
        <source>Won in the window</source>
        <translation>统计期内赢单</translation>
    </message>
    <message>
        <source>Created in the window</source>
        <translation>统计期内创建</translation>
    </message>
    <message>
        <source>Open as of %1</source>
        <translation>截至 %1 进行中</translation>
    </message>
    <message>
        <source>Stage rules…</source>
        <translation>阶段规则…</translation>
    </message>
    <message>
        <source>Stall days and exit criteria of each stage (key-node management)</source>
        <translation>各阶段的停滞天数与出口标准（关键节点管理）</translation>
    </message>
    <message>
        <source>Change the stage rules</source>
        <translation>修改阶段规则</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>覆盖率</translation>
    </message>
    <message>
        <source>computing (orders and targets are loading)…</source>
        <translation>计算中（正在加载订单和目标）…</translation>
    </message>
    <message>
        <source>Revenue target − actual so far</source>
        <translation>销售额目标 − 当前实际</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>nothing left of the period</source>
        <translation>本期已结束</translation>
    </message>
    <message>
        <source>%1× (open %2 closing %3)</source>
        <translation>%1×（%3 结单的进行中商机 %2）</translation>
    </message>
    <message>
        <source>%1: no revenue target for %2</source>
        <translation>%1：%2 没有销售额目标</translation>
    </message>
    <message>
        <source>%1: the target is reached (open %2 closing %3)</source>
        <translation>%1：目标已达成（%3 结单的进行中商机 %2）</translation>
    </message>
    <message>
        <source>Coverage of %1</source>
        <translation>%1 覆盖率</translation>
    </message>
    <message>
        <source>Open amount expected to close in the rest of %1 ÷ (revenue target − revenue actual so far); double-click for the deals</source>
        <translation>预计在 %1 剩余时间内结单的进行中金额 ÷（销售额目标 − 当前销售额实际）；双击查看商机</translation>
    </message>
    <message>
        <source>%1 − %2 = %3</source>
        <translation>%1 − %2 = %3</translation>
    </message>
    <message>
        <source>no target · actual %1</source>
        <translation>无目标 · 实际 %1</translation>
    </message>
    <message>
        <source>Open as of %1, expected to close %2 – %3</source>
        <translation>截至 %1 进行中、预计 %2 – %3 结单</translation>
    </message>
</context>
<context>
    <name>sd::app::FunnelPanel</name>
    <message>
        <source>Cannot load the workspace: %1</source>
        <translation>无法加载工作区：%1</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <source>Window from:</source>
        <translation>统计期从：</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>至：</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>截至：</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>周度漏斗回顾</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Window: the start date is after the end date.</source>
        <translation>统计期：开始日期晚于结束日期。</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Cannot compute the funnel: %1</source>
        <translation>无法计算销售漏斗：%1</translation>
    </message>
    <message>
        <source>the workspace has no organisation yet</source>
        <translation>工作区中还没有组织架构</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n 个进行中商机</numerusform>
        </translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>销售预测</translation>
    </message>
</context>
<context>
    <name>sd::app::FunnelStageRulesDialog</name>
    <message>
        <source>Stage rules: stall days and exit criteria</source>
        <translation>阶段规则：停滞天数与出口标准</translation>
    </message>
    <message>
        <source>Stall days: a deal in the stage this many days or more is stalled (empty: the workspace&apos;s %1 days). Exit criteria: the checklist asked when a deal moves past the stage, one per line or separated by semicolons.</source>
        <translation>停滞天数：商机在该阶段停留达到或超过此天数即为停滞（留空：使用工作区的 %1 天）。出口标准：商机推进出该阶段时需确认的检查项，每行一项或用分号分隔。</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Stall days</source>
        <translation>停滞天数</translation>
    </message>
    <message>
        <source>Exit criteria</source>
        <translation>出口标准</translation>
    </message>
    <message>
        <source>%1: stall days &quot;%2&quot; is not a whole number from 1 to %3 (leave it empty for the workspace&apos;s default).</source>
        <translation>%1：停滞天数“%2”不是 1 到 %3 之间的整数（留空则使用工作区默认值）。</translation>
    </message>
    <message>
        <source>%1: the exit criterion &quot;%2&quot; is given twice.</source>
        <translation>%1：出口标准“%2”重复。</translation>
    </message>
</context>
<context>
    <name>sd::app::IncentiveLeaderboardWidget</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>销售竞赛</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>名次</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>业绩值</translation>
    </message>
    <message>
        <source>Prize</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>称号</translation>
    </message>
    <message>
        <source>No contest in the plans of this period.</source>
        <translation>本期激励方案中没有销售竞赛。</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>第 %1 名 %2</translation>
    </message>
    <message>
        <source>Prizes: %1</source>
        <translation>奖励：%1</translation>
    </message>
</context>
<context>
    <name>sd::app::IncentivePayoutModel</name>
    <message>
        <source>Calculated</source>
        <translation>已计算</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Approved — recalculation differs</source>
        <translation>已批准 — 重新计算结果不一致</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>sd::app::IncentivePlanEditor</name>
    <message>
        <source>Incentive plans</source>
        <translation>激励方案</translation>
    </message>
    <message>
        <source>Not valid JSON: %1</source>
        <translation>不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Regional manager</source>
        <translation>大区经理</translation>
    </message>
    <message>
        <source>Senior manager</source>
        <translation>销售总监</translation>
    </message>
    <message>
        <source>all levels</source>
        <translation>所有级别</translation>
    </message>
    <message>
        <source>junior</source>
        <translation>初级</translation>
    </message>
    <message>
        <source>mid</source>
        <translation>中级</translation>
    </message>
    <message>
        <source>senior</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>月度</translation>
    </message>
    <message>
        <source>New version from date</source>
        <translation>按生效日期新建版本</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>新建方案</translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation>删除版本</translation>
    </message>
    <message>
        <source>Plan (role, level, period)</source>
        <translation>方案（岗位、级别、期间）</translation>
    </message>
    <message>
        <source>Versions by effective-from date</source>
        <translation>各版本（按生效日期排列）</translation>
    </message>
    <message>
        <source>A period is paid by the version in force on its first day: a new version leaves the periods before its date as they were.</source>
        <translation>每个期间按其首日生效的版本计发：新版本不会改变其生效日期之前各期间的结果。</translation>
    </message>
    <message>
        <source>All plans as in the workspace JSON (incentive_plans). Edits here replace the form&apos;s when you switch back to the form or save.</source>
        <translation>全部方案，格式与工作区 JSON（incentive_plans）相同。切换回表单或保存时，此处的修改将替换表单中的内容。</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>表单</translation>
    </message>
    <message>
        <source>Advanced (JSON)</source>
        <translation>高级（JSON）</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>…… 另有 %n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; already has a version from %2: select it in the list to edit it.</source>
        <translation>方案“%1”已有自 %2 起生效的版本：请在列表中选中该版本进行编辑。</translation>
    </message>
</context>
<context>
    <name>sd::app::IncentivePlansWidget</name>
    <message>
        <source>marginal</source>
        <translation>超额累进</translation>
    </message>
    <message>
        <source>retroactive</source>
        <translation>全额累进</translation>
    </message>
    <message>
        <source>tiers %1</source>
        <translation>阶梯 %1</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>门槛 %1</translation>
    </message>
    <message>
        <source>cap %1</source>
        <translation>封顶 %1</translation>
    </message>
    <message>
        <source>base %1</source>
        <translation>基数 %1</translation>
    </message>
    <message>
        <source>Plan / component</source>
        <translation>方案 / 组成部分</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>No incentive plans: add them to the workspace JSON (incentive_plans).</source>
        <translation>没有激励方案：请将其添加到工作区 JSON 中（incentive_plans）。</translation>
    </message>
    <message numerus="yes">
        <source>%n plan version(s), all valid. A period is paid by the version in force on its first day.</source>
        <translation>
            <numerusform>共 %n 个方案版本，全部有效。每个期间按其首日生效的版本计发。</numerusform>
        </translation>
    </message>
    <message>
        <source>The plans cannot be used: %1</source>
        <translation>激励方案无法使用：%1</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>month</source>
        <translation>月度</translation>
    </message>
    <message>
        <source>always</source>
        <translation>始终</translation>
    </message>
    <message>
        <source>Edit plans…</source>
        <translation>编辑激励方案…</translation>
    </message>
</context>
<context>
    <name>sd::app::IncentiveStatementView</name>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>标记为已审核</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组成部分</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Recalculated</source>
        <translation>重新计算</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>Select a rep to see the statement.</source>
        <translation>选择一名销售代表，查看其激励明细单。</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>reviewed by %1</source>
        <translation>由 %1 审核</translation>
    </message>
    <message>
        <source>approved by %1 (%2)</source>
        <translation>由 %1 批准（%2）</translation>
    </message>
    <message>
        <source>This statement is approved and locked. The recalculation differs: total %1 approved, %2 now. Reopen it to take the new figures.</source>
        <translation>此激励明细单已批准并锁定，但重新计算的结果不同：已批准合计 %1，当前为 %2。如需采用新数据，请重新打开。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <source>Replace the statement with the new figures, back to calculated</source>
        <translation>用重新计算的数字替换该激励明细单，状态恢复为“已计算”</translation>
    </message>
</context>
<context>
    <name>sd::app::IncentiveWhatIfWidget</name>
    <message>
        <source>Rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Booked as</source>
        <translation>计入指标</translation>
    </message>
    <message>
        <source>Product category</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <source>Extra amount</source>
        <translation>新增金额</translation>
    </message>
    <message>
        <source>e.g. 10000.00</source>
        <translation>例如 10000.00</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>提成</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>档位</translation>
    </message>
    <message>
        <source>Total pay</source>
        <translation>激励合计</translation>
    </message>
    <message>
        <source>Next tier</source>
        <translation>下一档</translation>
    </message>
    <message>
        <source>Calculate a period first.</source>
        <translation>请先计算一个期间。</translation>
    </message>
    <message>
        <source>“%1” is not an amount: write it like 10000.00 (at most two decimals).</source>
        <translation>“%1”不是金额：请按 10000.00 的格式填写（最多两位小数）。</translation>
    </message>
    <message>
        <source>The rep&apos;s plan has no commission on %1.</source>
        <translation>该销售代表的激励方案中没有针对 %1 的提成。</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2（%3）</translation>
    </message>
    <message>
        <source>%1 → %2 (attainment %3 → %4)</source>
        <translation>%1 → %2（达成率 %3 → %4）</translation>
    </message>
    <message>
        <source>threshold %1 (tier %2): %3 more</source>
        <translation>门槛 %1（第 %2 档）：还差 %3</translation>
    </message>
    <message>
        <source>tier %1 from %2: %3 more</source>
        <translation>第 %1 档（自 %2 起）：还差 %3</translation>
    </message>
    <message>
        <source>top tier reached</source>
        <translation>已达到最高档</translation>
    </message>
</context>
<context>
    <name>sd::app::IncentivesPanel</name>
    <message>
        <source>The workspace could not be read: %1</source>
        <translation>无法读取工作区：%1</translation>
    </message>
    <message>
        <source>Incentives</source>
        <translation>激励</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>A month (2026-10) pays the monthly plans, a quarter (2026Q3) the quarterly ones.</source>
        <translation>填写月份（2026-10）计算月度方案，填写季度（2026Q3）计算季度方案。</translation>
    </message>
    <message>
        <source>Calculate</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Export payroll…</source>
        <translation>导出薪资表…</translation>
    </message>
    <message>
        <source>Export statements…</source>
        <translation>导出激励明细单…</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>发放明细</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>模拟测算</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>激励方案</translation>
    </message>
    <message>
        <source>Choose a period and press Calculate.</source>
        <translation>请选择期间，然后点击“计算”。</translation>
    </message>
    <message>
        <source>“%1” is not a month (2026-10) or a quarter (2026Q3).</source>
        <translation>“%1”不是月份（2026-10）或季度（2026Q3）。</translation>
    </message>
    <message>
        <source>Reading the workspace…</source>
        <translation>正在读取工作区…</translation>
    </message>
    <message>
        <source>Calculating %1…</source>
        <translation>正在计算 %1…</translation>
    </message>
    <message>
        <source>The calculation failed: %1</source>
        <translation>计算失败：%1</translation>
    </message>
    <message>
        <source>%1 calculated.</source>
        <translation>%1 已计算完成。</translation>
    </message>
    <message numerus="yes">
        <source>%n approved statement(s) differ from the recalculation.</source>
        <translation>
            <numerusform>%n 份已批准的激励明细单与重新计算的结果不一致。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n 名销售代表</numerusform>
        </translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>合计 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) with an error (not paid until fixed)</source>
        <translation>
            <numerusform>%n 名销售代表计算出错（修正前不予发放）</numerusform>
        </translation>
    </message>
    <message>
        <source>Review Statement %1</source>
        <translation>审核激励明细单 %1</translation>
    </message>
    <message>
        <source>Approve Statement %1</source>
        <translation>批准激励明细单 %1</translation>
    </message>
    <message>
        <source>Reopen Statement %1</source>
        <translation>重新打开激励明细单 %1</translation>
    </message>
    <message>
        <source>Incentive statement</source>
        <translation>激励明细单</translation>
    </message>
    <message>
        <source>Export payroll</source>
        <translation>导出薪资表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the payroll workbook…</source>
        <translation>正在写入薪资工作簿…</translation>
    </message>
    <message>
        <source>The payroll could not be written: %1</source>
        <translation>薪资表未能写入：%1</translation>
    </message>
    <message>
        <source>Payroll written to %1</source>
        <translation>薪资表已写入 %1</translation>
    </message>
    <message>
        <source>Export statements</source>
        <translation>导出激励明细单</translation>
    </message>
    <message>
        <source>Writing one PDF statement per rep…</source>
        <translation>正在为每位销售代表写入 PDF 激励明细单…</translation>
    </message>
    <message>
        <source>The statements could not be written: %1</source>
        <translation>激励明细单未能写入：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 份激励明细单写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Incentive Plans</source>
        <translation>编辑激励方案</translation>
    </message>
</context>
<context>
    <name>sd::app::KpiTemplateDialog</name>
    <message>
        <source>KPI Library and Templates</source>
        <translation>KPI 库与模板</translation>
    </message>
    <message>
        <source>KPI library</source>
        <translation>KPI 库</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Built-in KPIs are computed from the data and cannot be changed. Manual KPIs take the values entered or imported per rep and period (kpi_values.csv); process metrics (visits, calls, pipeline created) sit beside the result metrics.</source>
        <translation>内置 KPI 由系统根据业务数据计算，不能修改。手工 KPI 取按销售代表和期间录入或导入的数值（kpi_values.csv）；过程指标（拜访、电话、新建商机）与结果指标并列。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>越低越好</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用的模板</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>指标类型：</translation>
    </message>
    <message>
        <source>e.g. points, %, hours</source>
        <translation>例如：分、%、小时</translation>
    </message>
    <message>
        <source>Lower is better (attainment = target ÷ actual)</source>
        <translation>越低越好（达成率 = 目标 ÷ 实际）</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>添加 KPI</translation>
    </message>
    <message>
        <source>Remove KPI</source>
        <translation>删除 KPI</translation>
    </message>
    <message>
        <source>Result metric</source>
        <translation>结果指标</translation>
    </message>
    <message>
        <source>Process metric</source>
        <translation>过程指标</translation>
    </message>
    <message>
        <source>Templates (per role, optionally per level):</source>
        <translation>模板（按岗位设置，也可细分到级别）：</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>岗位：</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>级别：</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>不限级别</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>评分规则</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>添加指标项</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>删除指标项</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>内置</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <source>The code is fixed once saved: the values entered and imported are stored under it. To use another code, add a new KPI.</source>
        <translation>代码保存后不能再修改：录入和导入的数值都按该代码存储。如需使用其他代码，请新增一个 KPI。</translation>
    </message>
    <message>
        <source>A built-in KPI: computed from the data, read only.</source>
        <translation>内置 KPI：由系统根据业务数据计算，只读。</translation>
    </message>
    <message>
        <source>“%1” cannot be a KPI code: it must not be empty nor contain spaces, commas or quotes.</source>
        <translation>“%1”不能用作 KPI 代码：代码不能为空，也不能包含空格、逗号或引号。</translation>
    </message>
    <message>
        <source>The KPI code “%1” is already in the library.</source>
        <translation>KPI 库中已有代码为“%1”的 KPI。</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>新 KPI</translation>
    </message>
    <message>
        <source>The KPI “%1” cannot be removed: it is used by the template(s) %2. Remove it from there first.</source>
        <translation>无法删除 KPI“%1”：模板 %2 正在使用它。请先从这些模板中移除该 KPI。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>…… 另有 %n 项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the templates</source>
        <translation>无法保存模板</translation>
    </message>
    <message>
        <source>Nothing was saved. Please correct:

%1</source>
        <translation>未保存任何内容。请更正以下问题：

%1</translation>
    </message>
</context>
<context>
    <name>sd::app::KpiTemplateItemEditor</name>
    <message>
        <source>Item</source>
        <translation>指标项</translation>
    </message>
    <message>
        <source>Scoring rule</source>
        <translation>评分规则</translation>
    </message>
    <message>
        <source>Bands (highest matching minimum wins)</source>
        <translation>分档区间（取已达到的最高一档）</translation>
    </message>
    <message>
        <source>Behaviour anchors (score = 20 × level)</source>
        <translation>行为锚定（得分 = 20 × 等级）</translation>
    </message>
    <message>
        <source>KPI:</source>
        <translation>KPI：</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>权重：</translation>
    </message>
    <message>
        <source>Perspective:</source>
        <translation>维度：</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>Fixed target:</source>
        <translation>固定目标：</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>规则：</translation>
    </message>
    <message>
        <source>Floor:</source>
        <translation>下限：</translation>
    </message>
    <message>
        <source>Cap:</source>
        <translation>上限：</translation>
    </message>
    <message>
        <source>Threshold (attainment):</source>
        <translation>门槛（达成率）：</translation>
    </message>
    <message>
        <source>Minimum attainment</source>
        <translation>最低达成率</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Add band</source>
        <translation>添加区间</translation>
    </message>
    <message>
        <source>Remove band</source>
        <translation>删除区间</translation>
    </message>
    <message>
        <source>Level %1:</source>
        <translation>等级 %1：</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The owner&apos;s target for the period</source>
        <translation>负责人的本期目标</translation>
    </message>
    <message>
        <source>A fixed value</source>
        <translation>固定值</translation>
    </message>
    <message>
        <source>None (direct and anchored rules)</source>
        <translation>无（直接评分和行为锚定规则）</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>线性</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>门槛</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>分档</translation>
    </message>
    <message>
        <source>Direct (the value is the score)</source>
        <translation>直接评分（数值即得分）</translation>
    </message>
    <message>
        <source>Behaviour-anchored (level 1–5)</source>
        <translation>行为锚定（等级 1–5）</translation>
    </message>
    <message>
        <source>%1 — unknown KPI</source>
        <translation>%1 — 未知 KPI</translation>
    </message>
    <message>
        <source>in currency units (500000 = 500,000.00)</source>
        <translation>以货币单位计（500000 = 500,000.00）</translation>
    </message>
    <message>
        <source>a count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>a ratio (0.9 = 90%)</source>
        <translation>比率（0.9 = 90%）</translation>
    </message>
    <message>
        <source>a score (0–100)</source>
        <translation>分数（0–100）</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>单位：%1</translation>
    </message>
    <message>
        <source>in the KPI&apos;s unit</source>
        <translation>按该 KPI 的单位</translation>
    </message>
</context>
<context>
    <name>sd::app::MainWindow</name>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>新建工作区(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>打开工作区(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import CSV Folder…</source>
        <translation>导入 CSV 文件夹(&amp;I)…</translation>
    </message>
    <message>
        <source>Import Workspace Settings (JSON)…</source>
        <translation>导入工作区设置（JSON）…</translation>
    </message>
    <message>
        <source>Export Workspace Settings (JSON)…</source>
        <translation>导出工作区设置（JSON）…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;About Salesdesk</source>
        <translation>关于 Salesdesk(&amp;A)</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Salesdesk</source>
        <translation>Salesdesk</translation>
    </message>
    <message>
        <source>No workspace open. Use File ▸ New Workspace or Open Workspace.</source>
        <translation>未打开工作区。请使用“文件 ▸ 新建工作区”或“打开工作区”。</translation>
    </message>
    <message>
        <source>%1 — Salesdesk</source>
        <translation>%1 — Salesdesk</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>工作区：%1</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>没有最近打开的工作区</translation>
    </message>
    <message>
        <source>Read the workspace again.</source>
        <translation>已重新读取工作区。</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the workspace again, with the changes others saved since</source>
        <translation>重新读取工作区，包括他人此后保存的更改</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rep(s)</source>
        <translation>
            <numerusform>%Ln 名销售代表</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln opportunity(s)</source>
        <translation>
            <numerusform>%Ln 个商机</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln 个订单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::app::OpportunityEditDialog</name>
    <message>
        <source>Expected close date:</source>
        <translation>预计成交日期：</translation>
    </message>
    <message>
        <source>Edit opportunity %1</source>
        <translation>编辑商机 %1</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>管道</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>最佳情况</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>承诺</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已成交</translation>
    </message>
    <message>
        <source>Opportunity:</source>
        <translation>商机：</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>阶段：</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>Forecast category:</source>
        <translation>预测类别：</translation>
    </message>
    <message>
        <source>Takes effect on:</source>
        <translation>生效日期：</translation>
    </message>
    <message>
        <source>Exit criteria to leave the stage (check what is done):</source>
        <translation>离开本阶段的退出标准（勾选已完成的项）：</translation>
    </message>
    <message>
        <source>No exit criteria to check for this move.</source>
        <translation>此次阶段变更没有需要核对的退出标准。</translation>
    </message>
    <message>
        <source>Amount: &quot;%1&quot; is not an amount like 1234.50 (at most two decimals, not negative).</source>
        <translation>金额：“%1”不是 1234.50 这样的金额（最多两位小数，不能为负数）。</translation>
    </message>
    <message>
        <source>Takes effect on: the opportunity entered its stage on %1; a stage change cannot be dated before that.</source>
        <translation>生效日期：该商机于 %1 进入当前阶段，阶段变更的日期不能早于此日期。</translation>
    </message>
    <message>
        <source>These exit criteria are not checked:

%1

Move the opportunity anyway? The change history will mark the move.</source>
        <translation>以下退出标准未勾选：

%1

仍要推进该商机吗？变更历史中将标记此次变更。</translation>
    </message>
</context>
<context>
    <name>sd::app::PaymentDialog</name>
    <message>
        <source>Record Payment</source>
        <translation>登记回款</translation>
    </message>
    <message>
        <source>%1 of %2 — open %3</source>
        <translation>%1（%2）— 未回款 %3</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>回款日期</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Order: the customer has no open order to pay.</source>
        <translation>订单：该客户没有待回款的订单。</translation>
    </message>
    <message>
        <source>Amount: &apos;%1&apos; is not a positive amount with at most two decimals.</source>
        <translation>金额：“%1”不是大于 0 且最多两位小数的金额。</translation>
    </message>
    <message>
        <source>Amount: %1 is more than the %2 still open on order %3.</source>
        <translation>金额：%1 超过了订单 %3 尚未回款的 %2。</translation>
    </message>
    <message>
        <source>Paid on: the payment is dated before the order (%1).</source>
        <translation>回款日期：回款日期早于订单日期（%1）。</translation>
    </message>
</context>
<context>
    <name>sd::app::PlaceholderPanel</name>
    <message>
        <source>This section is being built; it will work on the data of the open workspace.</source>
        <translation>此模块正在建设中，完成后将基于当前工作区的数据工作。</translation>
    </message>
</context>
<context>
    <name>sd::app::PlanComponentEditor</name>
    <message>
        <source>Marginal: each tier&apos;s rate on its slice</source>
        <translation>超额累进：每档的提成比例只适用于落在该档的部分</translation>
    </message>
    <message>
        <source>Retroactive: the reached tier&apos;s rate on everything</source>
        <translation>全额累进：按达到的档位的提成比例计算全部金额</translation>
    </message>
    <message>
        <source>none (e.g. 50 for 50 %)</source>
        <translation>无（例如 50 表示 50%）</translation>
    </message>
    <message>
        <source>none (an amount, e.g. 50000.00)</source>
        <translation>无（填写金额，例如 50000.00）</translation>
    </message>
    <message>
        <source>Attainment from (%)</source>
        <translation>达成率起点（%）</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>提成比例（%）</translation>
    </message>
    <message>
        <source>Product category</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>系数</translation>
    </message>
    <message>
        <source>Commission base</source>
        <translation>提成基数</translation>
    </message>
    <message>
        <source>Tier mode</source>
        <translation>累进方式</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>档位</translation>
    </message>
    <message>
        <source>Threshold (%)</source>
        <translation>门槛（%）</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>封顶</translation>
    </message>
    <message>
        <source>Category multipliers</source>
        <translation>类别系数</translation>
    </message>
    <message>
        <source>Attainment (%)</source>
        <translation>达成率（%）</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>阶梯</translation>
    </message>
    <message>
        <source>the amount a coefficient of 1 pays</source>
        <translation>系数为 1 时发放的金额</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Coefficient</source>
        <translation>系数</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基数</translation>
    </message>
    <message>
        <source>Coefficients</source>
        <translation>等级系数</translation>
    </message>
    <message>
        <source>Prize: an amount or a title, in rank order</source>
        <translation>奖励：金额或称号，按名次顺序填写</translation>
    </message>
    <message>
        <source>Prizes</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>Remove component</source>
        <translation>删除组成部分</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>提成</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>奖金</translation>
    </message>
    <message>
        <source>Grade bonus</source>
        <translation>等级奖金</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>销售竞赛</translation>
    </message>
    <message>
        <source>the %1 is missing</source>
        <translation>未填写%1</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; is not a percentage</source>
        <translation>%1“%2”不是百分比</translation>
    </message>
    <message>
        <source>the amount is missing</source>
        <translation>未填写金额</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money</source>
        <translation>“%1”不是有效的金额</translation>
    </message>
    <message>
        <source>%1 %2 is listed twice</source>
        <translation>%1 %2 重复出现</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>“%1”不是数字</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>门槛</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>门槛</translation>
    </message>
    <message>
        <source>attainment from</source>
        <translation>达成率起点</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>提成比例</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>等级</translation>
    </message>
</context>
<context>
    <name>sd::app::PlanRules</name>
    <message>
        <source>commission</source>
        <translation>提成</translation>
    </message>
    <message>
        <source>bonus</source>
        <translation>奖金</translation>
    </message>
    <message>
        <source>grade bonus</source>
        <translation>等级奖金</translation>
    </message>
    <message>
        <source>contest</source>
        <translation>销售竞赛</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>a plan version needs a code</source>
        <translation>方案版本必须填写代码</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>plan &quot;%1&quot; already applies to the same role, level and period from the same day (%2): give this version another date</source>
        <translation>方案“%1”已适用于相同的岗位、级别和期间，且生效日期相同（%2）：请为此版本指定其他日期</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>阶梯</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>unknown metric &quot;%1&quot;: a bonus needs a metric with targets (revenue, gross profit, collections, new customers)</source>
        <translation>未知指标“%1”：奖金需要使用设有目标的指标（销售额、毛利、回款、新客户数）</translation>
    </message>
    <message>
        <source>a bonus needs at least one step</source>
        <translation>奖金至少需要一个阶梯</translation>
    </message>
    <message>
        <source>attainment %1 is not above row %2 (%3): steps must be in ascending order</source>
        <translation>达成率 %1 不高于第 %2 行（%3）：阶梯必须按升序排列</translation>
    </message>
    <message>
        <source>the attainment cannot be negative</source>
        <translation>达成率不能为负数</translation>
    </message>
    <message>
        <source>the amount cannot be negative</source>
        <translation>金额不能为负数</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>a grade bonus belongs to a quarter plan (grades are given per quarter)</source>
        <translation>等级奖金只能用于季度方案（等级按季度评定）</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基数</translation>
    </message>
    <message>
        <source>the base cannot be negative</source>
        <translation>基数不能为负数</translation>
    </message>
    <message>
        <source>Coefficients</source>
        <translation>等级系数</translation>
    </message>
    <message>
        <source>the coefficient of grade %1 cannot be negative</source>
        <translation>等级 %1 的系数不能为负数</translation>
    </message>
    <message>
        <source>Prizes</source>
        <translation>奖励</translation>
    </message>
    <message>
        <source>unknown contest metric &quot;%1&quot;</source>
        <translation>未知的竞赛指标“%1”</translation>
    </message>
    <message>
        <source>a contest needs at least one prize</source>
        <translation>销售竞赛至少需要一项奖励</translation>
    </message>
    <message>
        <source>a prize cannot be negative</source>
        <translation>奖励金额不能为负数</translation>
    </message>
    <message>
        <source>a prize is neither an amount nor a title</source>
        <translation>奖励既不是金额也不是称号</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>档位</translation>
    </message>
    <message>
        <source>Commission base</source>
        <translation>提成基数</translation>
    </message>
    <message>
        <source>must be revenue, gross profit or collections</source>
        <translation>必须是销售额、毛利或回款</translation>
    </message>
    <message>
        <source>a commission needs at least one tier</source>
        <translation>提成至少需要一个档位</translation>
    </message>
    <message>
        <source>the first tier must start at attainment 0 %, not %1</source>
        <translation>第一档必须从达成率 0% 开始，而不是 %1</translation>
    </message>
    <message>
        <source>attainment from %1 is not above row %2 (%3): tiers must be in ascending order</source>
        <translation>达成率起点 %1 不高于第 %2 行（%3）：档位必须按升序排列</translation>
    </message>
    <message>
        <source>the rate %1 is outside 0–100 %</source>
        <translation>提成比例 %1 超出 0–100% 的范围</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>门槛</translation>
    </message>
    <message>
        <source>cannot be negative (%1)</source>
        <translation>不能为负数（%1）</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>封顶</translation>
    </message>
    <message>
        <source>Category multipliers</source>
        <translation>类别系数</translation>
    </message>
    <message>
        <source>the factor of category %1 cannot be negative</source>
        <translation>类别 %1 的系数不能为负数</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; (%2)</source>
        <translation>方案“%1”（%2）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>always</source>
        <translation>始终</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>自 %1 起</translation>
    </message>
</context>
<context>
    <name>sd::app::PlanTableEditor</name>
    <message>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
</context>
<context>
    <name>sd::app::PlanVersionForm</name>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Regional manager</source>
        <translation>大区经理</translation>
    </message>
    <message>
        <source>Senior manager</source>
        <translation>销售总监</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>所有级别</translation>
    </message>
    <message>
        <source>Junior</source>
        <translation>初级</translation>
    </message>
    <message>
        <source>Mid</source>
        <translation>中级</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>月度</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Changing a version changes the figures of every period it pays, past ones included (approved statements stay locked and show the difference). To change the plan from a later date on, use &quot;New version from date&quot;.</source>
        <translation>修改某个版本会改变按该版本计发的所有期间的数字，包括已过去的期间（已批准的激励明细单保持锁定，并显示差额）。如需从以后某个日期起调整方案，请使用“按生效日期新建版本”。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Add component</source>
        <translation>添加组成部分</translation>
    </message>
</context>
<context>
    <name>sd::app::RepDialog</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, empty while employed</source>
        <translation>YYYY-MM-DD，在职时留空</translation>
    </message>
    <message>
        <source>Edit Rep</source>
        <translation>编辑销售代表</translation>
    </message>
    <message>
        <source>New Rep</source>
        <translation>新建销售代表</translation>
    </message>
    <message>
        <source>Use Move Rep to change the team: it keeps the past membership.</source>
        <translation>请用“调动销售代表”更换团队：这样会保留过往的归属记录。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>组织单元</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Leave date</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>直属上级</translation>
    </message>
    <message>
        <source>ID: required.</source>
        <translation>编号：必填。</translation>
    </message>
    <message>
        <source>Name: required.</source>
        <translation>名称：必填。</translation>
    </message>
    <message>
        <source>Unit: required.</source>
        <translation>所属单元：必填。</translation>
    </message>
    <message>
        <source>Hire date: &apos;%1&apos; is not a date (YYYY-MM-DD).</source>
        <translation>入职日期：“%1”不是有效日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Leave date: &apos;%1&apos; is not a date (YYYY-MM-DD).</source>
        <translation>离职日期：“%1”不是有效日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Leave date: %1 is before the hire date %2.</source>
        <translation>离职日期：%1 早于入职日期 %2。</translation>
    </message>
</context>
<context>
    <name>sd::app::ReviewEntryWidget</name>
    <message>
        <source>Far below expectations: the behaviour is rarely seen, even with close guidance.</source>
        <translation>远低于期望：即使在密切指导下，也很少表现出该行为。</translation>
    </message>
    <message>
        <source>Below expectations: shown now and then, usually after a reminder.</source>
        <translation>低于期望：偶尔表现出来，通常需要提醒。</translation>
    </message>
    <message>
        <source>Meets expectations: shown reliably in everyday situations.</source>
        <translation>符合期望：在日常工作中稳定地表现出来。</translation>
    </message>
    <message>
        <source>Exceeds expectations: shown under pressure too, and helps others to.</source>
        <translation>超出期望：在压力下同样能表现出来，并能带动他人做到。</translation>
    </message>
    <message>
        <source>Role model: sets the standard for the team and coaches others.</source>
        <translation>标杆：为团队树立标准，并辅导他人。</translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation>%1（权重 %2）</translation>
    </message>
    <message>
        <source>360-degree reviews of %1 for %2. Kinds without a review are left out and the other weights rescaled; the score counts in the total through the template&apos;s review_360 item.</source>
        <translation>%1 在 %2 的 360 度评估。没有评估的评估人类型不参与计算，其余类型的权重按比例重新分配；该得分通过考核模板中的 review_360 指标项计入总分。</translation>
    </message>
    <message>
        <source>360 score: %1</source>
        <translation>360 度评估得分：%1</translation>
    </message>
    <message>
        <source>No 360 reviews for this period.</source>
        <translation>本期没有 360 度评估。</translation>
    </message>
    <message>
        <source>Level %1 → %2: %3</source>
        <translation>等级 %1 → %2 分：%3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Signed off: the reviews are locked. Reopen the appraisal (with a reason) to change them.</source>
        <translation>已签字确认：评估已锁定。如需修改，请重新打开该考核（需填写原因）。</translation>
    </message>
    <message>
        <source>360-degree review</source>
        <translation>360度评估</translation>
    </message>
    <message>
        <source>The appraisal of %1 for %2 is signed off and locked: its 360-degree reviews are not changed. Reopen it, with a reason, before changing them.</source>
        <translation>%1 在 %2 的绩效考核已签字确认并锁定：其 360 度评估未做任何更改。如需修改，请先填写原因并重新打开该考核。</translation>
    </message>
    <message>
        <source>The review was not saved. %1</source>
        <translation>评估未保存。%1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>评估人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Reviewer kind</source>
        <translation>评估人类型</translation>
    </message>
    <message>
        <source>Reviewer ID</source>
        <translation>评估人编号</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>得分（0–100）</translation>
    </message>
    <message>
        <source>rep ID (customer ID for a customer)</source>
        <translation>销售代表编号（客户评估填客户编号）</translation>
    </message>
    <message>
        <source>Behaviour anchors (click a level to use its score)</source>
        <translation>行为锚定（点击某一等级即采用其得分）</translation>
    </message>
    <message>
        <source>Add review</source>
        <translation>添加评估</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Reviewer kind: &quot;%1&quot; is not one of supervisor, peer, customer, self.</source>
        <translation>评估人类型：“%1”不是 supervisor（上级）、peer（同事）、customer（客户）、self（本人）之一。</translation>
    </message>
    <message>
        <source>Reviewer: enter the reviewer&apos;s ID.</source>
        <translation>评估人：请填写评估人编号。</translation>
    </message>
    <message>
        <source>Reviewer: &quot;%1&quot; is not a customer of this workspace.</source>
        <translation>评估人：“%1”不是本工作区的客户。</translation>
    </message>
    <message>
        <source>Reviewer: &quot;%1&quot; is not a rep of this workspace.</source>
        <translation>评估人：“%1”不是本工作区的销售代表。</translation>
    </message>
    <message>
        <source>Reviewer: a self review is written by %1 itself, not by &quot;%2&quot;.</source>
        <translation>评估人：本人评估应由 %1 自己填写，而不是“%2”。</translation>
    </message>
    <message>
        <source>Reviewer: %1 cannot review itself as anything but &quot;self&quot;.</source>
        <translation>评估人：%1 评估自己时，评估人类型只能是“本人”。</translation>
    </message>
    <message>
        <source>Score: &quot;%1&quot; is not a number (0–100, at most 2 decimals).</source>
        <translation>得分：“%1”不是有效数字（0–100，最多 2 位小数）。</translation>
    </message>
    <message>
        <source>Score: %1 is outside 0–100.</source>
        <translation>得分：%1 超出 0–100 的范围。</translation>
    </message>
</context>
<context>
    <name>sd::app::ReviseTargetDialog</name>
    <message>
        <source>Revise an approved target</source>
        <translation>修订已批准的目标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Approved figure</source>
        <translation>已批准数值</translation>
    </message>
    <message>
        <source>New figure</source>
        <translation>新数值</translation>
    </message>
    <message>
        <source>Why the approved target changes (kept with the version)</source>
        <translation>已批准目标调整的原因（随版本保存）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>The new figure is not an amount ≥ 0.</source>
        <translation>新数值不是 ≥ 0 的金额。</translation>
    </message>
    <message>
        <source>The new figure is the approved one.</source>
        <translation>新数值与已批准的数值相同。</translation>
    </message>
    <message>
        <source>A revision needs a reason.</source>
        <translation>修订必须填写原因。</translation>
    </message>
</context>
<context>
    <name>sd::app::SettingsDialog</name>
    <message>
        <source>Row %1: the win probability &quot;%2&quot; is not a number.</source>
        <translation>第 %1 行：赢单概率“%2”不是数字。</translation>
    </message>
    <message>
        <source>There must be at least one open stage.</source>
        <translation>至少需要一个进行中阶段。</translation>
    </message>
    <message>
        <source>Row %1: the code is empty.</source>
        <translation>第 %1 行：代码为空。</translation>
    </message>
    <message>
        <source>Row %1: the code &quot;%2&quot; may not contain spaces or commas.</source>
        <translation>第 %1 行：代码“%2”不能包含空格或逗号。</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is reserved for closed deals.</source>
        <translation>第 %1 行：“%2”保留给已结束的商机。</translation>
    </message>
    <message>
        <source>Row %1: the code &quot;%2&quot; is used twice.</source>
        <translation>第 %1 行：代码“%2”重复。</translation>
    </message>
    <message>
        <source>Row %1: the name is empty.</source>
        <translation>第 %1 行：名称为空。</translation>
    </message>
    <message>
        <source>Row %1: the win probability must be between 0 and 100.</source>
        <translation>第 %1 行：赢单概率必须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>The currency may not be empty.</source>
        <translation>币种不能为空。</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>新阶段</translation>
    </message>
</context>
<context>
    <name>sd::app::SignInStatus</name>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>销售经理</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>团队主管</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>人力资源</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>已登录：%1（%2）</translation>
    </message>
    <message>
        <source>Signed in as %1 (database owner, no Salesdesk role)</source>
        <translation>已登录：%1（数据库所有者，无 Salesdesk 角色）</translation>
    </message>
    <message>
        <source>The server decides what this user can see and change.</source>
        <translation>该用户能查看和修改哪些内容由服务器决定。</translation>
    </message>
</context>
<context>
    <name>sd::app::TargetGridModel</name>
    <message>
        <source>FY %1</source>
        <translation>%1 财年</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>Q%1</translation>
    </message>
    <message>
        <source>W%1</source>
        <translation>W%1</translation>
    </message>
    <message>
        <source>Top-down target of the year minus the bottom-up figures submitted (positive: the plan asks for more than was committed)</source>
        <translation>年度自上而下目标减去自下而上申报的数值（为正数表示计划要求高于申报承诺）</translation>
    </message>
    <message>
        <source>Year-to-date actual ÷ the year&apos;s target</source>
        <translation>本年累计实际 ÷ 年度目标</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Bottom-up</source>
        <translation>自下而上</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>Actual YTD</source>
        <translation>本年累计实际</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>%1: the sum of its working days&apos; shares of the month targets</source>
        <translation>%1：按工作日占比从各月目标中分摊后的合计</translation>
    </message>
    <message>
        <source>%1: approved, version %2 (locked: change it with Revise)</source>
        <translation>%1：已批准，版本 %2（已锁定：请通过“修订”修改）</translation>
    </message>
    <message>
        <source>%1: draft, the sum of its months</source>
        <translation>%1：草稿，为各月之和</translation>
    </message>
    <message>
        <source>%1: draft</source>
        <translation>%1：草稿</translation>
    </message>
    <message>
        <source>Over-allocated: the children sum to %1, %2 more than this target</source>
        <translation>超额分配：下级合计为 %1，比本目标多 %2</translation>
    </message>
    <message>
        <source>Under-allocated: the children sum to %1, %2 less than this target</source>
        <translation>分配不足：下级合计为 %1，比本目标少 %2</translation>
    </message>
    <message>
        <source>Submitted bottom-up: %1</source>
        <translation>自下而上申报：%1</translation>
    </message>
    <message>
        <source>%1 (proposed: stored when the target is saved or approved)</source>
        <translation>%1（建议值：保存或批准目标时存储）</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) missing</source>
        <translation>
            <numerusform>缺少 %n 份申报</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a bottom-up figure (a number ≥ 0, at most 2 decimals)</source>
        <translation>%1：“%2”不是有效的自下而上申报数值（应为 ≥ 0 的数字，最多 2 位小数）</translation>
    </message>
    <message>
        <source>%1: a week&apos;s target follows from its months; edit the months</source>
        <translation>%1：周目标由所属月份推算得出，请修改月目标</translation>
    </message>
    <message>
        <source>%1 is approved and locked: change it with Revise and a reason</source>
        <translation>%1 已批准并锁定：如需修改，请使用“修订”并填写原因</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a target (a number ≥ 0, at most 2 decimals)</source>
        <translation>%1：“%2”不是有效的目标值（应为 ≥ 0 的数字，最多 2 位小数）</translation>
    </message>
</context>
<context>
    <name>sd::app::TargetResponsibilityDialog</name>
    <message>
        <source>Responsibility of a target (目标三定)</source>
        <translation>目标责任（目标三定）</translation>
    </message>
    <message>
        <source>For every period and customer segment of fiscal year %1</source>
        <translation>适用于 %1 财年的所有期间和客户分类</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>KPI item it feeds</source>
        <translation>对应的 KPI 项</translation>
    </message>
    <message>
        <source>(choose a person)</source>
        <translation>（选择责任人）</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户数</translation>
    </message>
    <message>
        <source>Responsible person: choose who answers for this target.</source>
        <translation>责任人：请选择对该目标负责的人。</translation>
    </message>
    <message>
        <source>KPI item: choose the KPI item this target feeds.</source>
        <translation>KPI 项：请选择该目标对应的 KPI 项。</translation>
    </message>
</context>
<context>
    <name>sd::app::TargetsPanel</name>
    <message>
        <source>Targets</source>
        <translation>目标管理</translation>
    </message>
    <message>
        <source>Targets: set, decompose, approve, monitor</source>
        <translation>目标管理：制定、分解、批准、监控</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>财年</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>销售额</translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation>毛利</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>回款</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新客户数</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Existing</source>
        <translation>存量客户</translation>
    </message>
    <message>
        <source>New</source>
        <translation>增量客户</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>显示周</translation>
    </message>
    <message>
        <source>Decompose…</source>
        <translation>分解…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <source>Revise…</source>
        <translation>修订…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#f8d0cc&apos;&gt;&amp;nbsp;over-allocated&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fce8c0&apos;&gt;&amp;nbsp;under-allocated&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#e3eef9&apos;&gt;&amp;nbsp;approved&amp;nbsp;&lt;/span&gt; &lt;i&gt;italic: sum of months&lt;/i&gt;</source>
        <translation>&lt;span style=&apos;background:#f8d0cc&apos;&gt;&amp;nbsp;超额分配&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fce8c0&apos;&gt;&amp;nbsp;分配不足&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#e3eef9&apos;&gt;&amp;nbsp;已批准&amp;nbsp;&lt;/span&gt; &lt;i&gt;斜体：各月之和&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Reading the targets…</source>
        <translation>正在读取目标…</translation>
    </message>
    <message>
        <source>The targets could not be read (see the log).</source>
        <translation>无法读取目标（请查看日志）。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s); read and computed in %1 ms</source>
        <translation>
            <numerusform>共 %n 行；读取与计算耗时 %1 毫秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a target to see its versions</source>
        <translation>选择一个目标，查看其各个版本</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Approved, version %1 (locked)</source>
        <translation>已批准，版本 %1（已锁定）</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Top-down: %1</source>
        <translation>自上而下：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>责任人：%1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未设置</translation>
    </message>
    <message>
        <source>KPI item: %1</source>
        <translation>KPI 指标项：%1</translation>
    </message>
    <message>
        <source>Submitted bottom-up: %1</source>
        <translation>自下而上申报：%1</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Edit target %1</source>
        <translation>编辑目标 %1</translation>
    </message>
    <message>
        <source>Submit bottom-up figure of %1</source>
        <translation>提交 %1 的自下而上申报数值</translation>
    </message>
    <message>
        <source>%1 has no one below it to decompose to: select a unit.</source>
        <translation>%1 没有下级可供分解：请选择一个组织单元。</translation>
    </message>
    <message>
        <source>Decompose the target of %1</source>
        <translation>分解 %1 的目标</translation>
    </message>
    <message>
        <source>Approve targets</source>
        <translation>批准目标</translation>
    </message>
    <message>
        <source>Approve every draft %1 target of %2 and the units and reps below it for fiscal year %3 (all periods and customer segments)?

Approved targets are locked: a change then needs a revision with a reason.</source>
        <translation>批准 %2 及其下属单元和销售代表在 %3 财年的全部 %1 草稿目标（所有期间和客户类别）吗？

目标批准后将被锁定：之后如需修改，必须填写原因进行修订。</translation>
    </message>
    <message>
        <source>There is no draft target to approve here.</source>
        <translation>这里没有需要批准的草稿目标。</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) approved.</source>
        <translation>
            <numerusform>已批准 %n 个目标。</numerusform>
        </translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>修订</translation>
    </message>
    <message>
        <source>Select the approved target to revise.</source>
        <translation>请选择要修订的已批准目标。</translation>
    </message>
    <message>
        <source>%1 is not approved: a draft is edited directly in the grid.</source>
        <translation>%1 尚未批准：草稿可直接在表格中编辑。</translation>
    </message>
    <message>
        <source>Export targets</source>
        <translation>导出目标</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Targets %1</source>
        <translation>目标 %1</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source> · computing the actuals…</source>
        <translation> · 正在计算实际值…</translation>
    </message>
    <message>
        <source>Responsibility…</source>
        <translation>目标责任…</translation>
    </message>
    <message>
        <source>Responsible person and KPI item of the selected target (目标三定)</source>
        <translation>所选目标的责任人和 KPI 项（目标三定）</translation>
    </message>
    <message>
        <source>not set (proposed: %1)</source>
        <translation>未设置（建议：%1）</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>目标责任</translation>
    </message>
    <message>
        <source>Select the target whose responsibility to set.</source>
        <translation>请选择要设置责任的目标。</translation>
    </message>
    <message>
        <source>The target %1 is approved and locked: its responsible person and KPI item cannot be changed (a revision changes only the figure).</source>
        <translation>目标 %1 已批准并锁定：不能修改其责任人和 KPI 项（修订只改变数值）。</translation>
    </message>
    <message>
        <source>Set the responsibility of %1</source>
        <translation>设置 %1 的目标责任</translation>
    </message>
</context>
<context>
    <name>sd::app::TeamEdits</name>
    <message>
        <source>ID: required.</source>
        <translation>编号：必填。</translation>
    </message>
    <message>
        <source>ID: %1 is already taken.</source>
        <translation>编号：%1 已被使用。</translation>
    </message>
    <message>
        <source>ID: there is no unit %1.</source>
        <translation>编号：不存在单元 %1。</translation>
    </message>
    <message>
        <source>Name: required.</source>
        <translation>名称：必填。</translation>
    </message>
    <message>
        <source>Parent: the company is the top of the tree and has no parent.</source>
        <translation>上级：公司位于组织树顶端，没有上级。</translation>
    </message>
    <message>
        <source>Kind: the workspace already has a company (%1).</source>
        <translation>类型：工作区已有公司（%1）。</translation>
    </message>
    <message>
        <source>Parent: required; only the company has none.</source>
        <translation>上级：必填；只有公司没有上级。</translation>
    </message>
    <message>
        <source>Parent: a unit cannot be its own parent.</source>
        <translation>上级：单元不能是自己的上级。</translation>
    </message>
    <message>
        <source>Parent: there is no unit %1.</source>
        <translation>上级：不存在单元 %1。</translation>
    </message>
    <message>
        <source>Parent: %1 is under %2; a unit cannot be moved under itself.</source>
        <translation>上级：%1 位于 %2 之下；单元不能移到自身之下。</translation>
    </message>
    <message>
        <source>Parent: %1 is a team; teams hold reps, not units.</source>
        <translation>上级：%1 是团队；团队下只能有销售代表，不能有单元。</translation>
    </message>
    <message>
        <source>Parent: a region belongs to the company.</source>
        <translation>上级：大区必须隶属于公司。</translation>
    </message>
    <message>
        <source>Kind: %1 has units under it, so it cannot be a team.</source>
        <translation>类型：%1 下有单元，不能设为团队。</translation>
    </message>
    <message>
        <source>Kind: the company stays the company.</source>
        <translation>类型：公司只能是公司。</translation>
    </message>
    <message>
        <source>ID: there is no rep %1.</source>
        <translation>编号：不存在销售代表 %1。</translation>
    </message>
    <message>
        <source>Unit: there is no unit %1.</source>
        <translation>所属单元：不存在单元 %1。</translation>
    </message>
    <message>
        <source>Unit: use Move Rep to change the team, so the past membership is kept.</source>
        <translation>所属单元：请用“调动销售代表”更换团队，以保留过往的归属记录。</translation>
    </message>
    <message>
        <source>Leave date: %1 is before the hire date %2.</source>
        <translation>离职日期：%1 早于入职日期 %2。</translation>
    </message>
    <message>
        <source>Manager: a rep cannot be its own manager.</source>
        <translation>上级经理：销售代表不能是自己的经理。</translation>
    </message>
    <message>
        <source>Manager: there is no rep %1.</source>
        <translation>上级经理：不存在销售代表 %1。</translation>
    </message>
    <message>
        <source>Manager: %1 reports to %2 already; that would be a circle.</source>
        <translation>上级经理：%1 已向 %2 汇报；这样会形成循环。</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>未打开工作区。</translation>
    </message>
    <message>
        <source>Add unit %1</source>
        <translation>添加单元 %1</translation>
    </message>
    <message>
        <source>Edit unit %1</source>
        <translation>编辑单元 %1</translation>
    </message>
    <message>
        <source>There is no unit %1.</source>
        <translation>不存在单元 %1。</translation>
    </message>
    <message>
        <source>%1 is the company; it cannot be removed.</source>
        <translation>%1 是公司，不能删除。</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n unit(s) under it; move or remove them first.</source>
        <translation>
            <numerusform>%1 下仍有 %n 个单元；请先移走或删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n rep(s); move them to another team first.</source>
        <translation>
            <numerusform>%1 仍有 %n 名销售代表；请先将其调至其他团队。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove unit %1</source>
        <translation>删除单元 %1</translation>
    </message>
    <message>
        <source>%1 was not removed: it keeps past results or targets (%2).</source>
        <translation>未删除 %1：它还有过往业绩或目标（%2）。</translation>
    </message>
    <message>
        <source>Add rep %1</source>
        <translation>添加销售代表 %1</translation>
    </message>
    <message>
        <source>Edit rep %1</source>
        <translation>编辑销售代表 %1</translation>
    </message>
    <message>
        <source>Course: required.</source>
        <translation>课程：必填。</translation>
    </message>
    <message>
        <source>Rep: there is no rep %1.</source>
        <translation>销售代表：不存在 %1。</translation>
    </message>
    <message>
        <source>Edit training %1</source>
        <translation>编辑培训 %1</translation>
    </message>
    <message>
        <source>Add training %1</source>
        <translation>添加培训 %1</translation>
    </message>
    <message>
        <source>There is no training record %1.</source>
        <translation>不存在培训记录 %1。</translation>
    </message>
    <message>
        <source>Remove training %1</source>
        <translation>删除培训 %1</translation>
    </message>
    <message>
        <source>Note: required.</source>
        <translation>记录内容：必填。</translation>
    </message>
    <message>
        <source>Edit coaching note of %1</source>
        <translation>编辑 %1 的辅导记录</translation>
    </message>
    <message>
        <source>Add coaching note of %1</source>
        <translation>添加 %1 的辅导记录</translation>
    </message>
    <message>
        <source>There is no coaching note %1.</source>
        <translation>不存在辅导记录 %1。</translation>
    </message>
    <message>
        <source>Remove coaching note of %1</source>
        <translation>删除 %1 的辅导记录</translation>
    </message>
    <message>
        <source>Week: &apos;%1&apos; is not an ISO week (2026-W47).</source>
        <translation>周：“%1”不是 ISO 周（2026-W47）。</translation>
    </message>
    <message>
        <source>Customer: required.</source>
        <translation>客户：必填。</translation>
    </message>
    <message>
        <source>Customer: there is no customer %1.</source>
        <translation>客户：不存在客户 %1。</translation>
    </message>
    <message>
        <source>Customer: %1 is already planned in %2.</source>
        <translation>客户：%1 已在 %2 的计划中。</translation>
    </message>
    <message>
        <source>Plan a visit to %1</source>
        <translation>计划拜访 %1</translation>
    </message>
    <message>
        <source>%1 is not planned in %2.</source>
        <translation>%1 不在 %2 的计划中。</translation>
    </message>
    <message>
        <source>Unplan the visit to %1</source>
        <translation>取消对 %1 的拜访计划</translation>
    </message>
</context>
<context>
    <name>sd::app::TeamPanel</name>
    <message>
        <source>Loading the workspace…</source>
        <translation>正在加载工作区…</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>正在计算…</translation>
    </message>
    <message numerus="yes">
        <source>As of %1 · %n reps</source>
        <translation>
            <numerusform>截至 %1 · %n 名销售代表</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1（%2 至 %3）</translation>
    </message>
    <message>
        <source>Earlier teams: %1</source>
        <translation>曾在团队：%1</translation>
    </message>
    <message>
        <source>Talent ladder of %1</source>
        <translation>%1 的人才梯队</translation>
    </message>
    <message>
        <source>Select a rep to see its training and appraisal gaps.</source>
        <translation>选择一名销售代表，查看其培训记录和考核短板。</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 is not appraised in %2.</source>
        <translation>%1 在 %2 未参加绩效考核。</translation>
    </message>
    <message>
        <source>%1: every appraisal item of %2 at or above target.</source>
        <translation>%1：%2 的所有考核项均达到或超过目标。</translation>
    </message>
    <message>
        <source>Appraisal gaps of %1 in %2: %3</source>
        <translation>%1 在 %2 的考核短板：%3</translation>
    </message>
    <message>
        <source>New-hire</source>
        <translation>新员工培训</translation>
    </message>
    <message>
        <source>Continuing</source>
        <translation>在职培训</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>得分 %1</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>将 %1 调至 %2</translation>
    </message>
    <message>
        <source>Move rep</source>
        <translation>调动销售代表</translation>
    </message>
    <message>
        <source>The rep was not moved: %1</source>
        <translation>销售代表未能调动：%1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>直属上级</translation>
    </message>
    <message>
        <source>Move to team:</source>
        <translation>调至团队：</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>生效日期：</translation>
    </message>
    <message>
        <source>Move Rep</source>
        <translation>调动销售代表</translation>
    </message>
    <message>
        <source>Talent ladder</source>
        <translation>人才梯队</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>针对的考核项</translation>
    </message>
    <message>
        <source>Appraisal gap</source>
        <translation>考核短板</translation>
    </message>
    <message>
        <source>Add Unit…</source>
        <translation>添加单元…</translation>
    </message>
    <message>
        <source>Edit Unit…</source>
        <translation>编辑单元…</translation>
    </message>
    <message>
        <source>Remove Unit</source>
        <translation>删除单元</translation>
    </message>
    <message>
        <source>Add Rep…</source>
        <translation>添加销售代表…</translation>
    </message>
    <message>
        <source>Edit Rep…</source>
        <translation>编辑销售代表…</translation>
    </message>
    <message>
        <source>Add Course…</source>
        <translation>添加课程…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Mark Completed</source>
        <translation>标记为已完成</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Visit plan</source>
        <translation>拜访计划</translation>
    </message>
    <message>
        <source>Coaching notes</source>
        <translation>辅导记录</translation>
    </message>
    <message>
        <source>Customer care</source>
        <translation>客户关怀</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>明星销售</translation>
    </message>
    <message>
        <source>Seniors</source>
        <translation>资深销售</translation>
    </message>
    <message>
        <source>Backbone</source>
        <translation>骨干</translation>
    </message>
    <message>
        <source>Developing</source>
        <translation>成长期</translation>
    </message>
    <message>
        <source>Newcomers</source>
        <translation>新人</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>第 %1 梯队</translation>
    </message>
    <message>
        <source>Senior sales manager</source>
        <translation>销售总监</translation>
    </message>
    <message>
        <source>Regional sales manager</source>
        <translation>大区销售经理</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>销售代表</translation>
    </message>
    <message>
        <source>Junior</source>
        <translation>初级</translation>
    </message>
    <message>
        <source>Mid</source>
        <translation>中级</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>销售代表人数</translation>
    </message>
    <message>
        <source>Target composition</source>
        <translation>目标结构</translation>
    </message>
    <message numerus="yes">
        <source>%n inactive unit(s)</source>
        <translation>
            <numerusform>%n 个已停用单元</numerusform>
        </translation>
    </message>
    <message>
        <source>inactive since %1</source>
        <translation>自 %1 起停用</translation>
    </message>
    <message>
        <source>Reactivate Unit</source>
        <translation>重新启用单元</translation>
    </message>
    <message>
        <source>Deactivate Unit</source>
        <translation>停用单元</translation>
    </message>
    <message>
        <source>Show inactive units</source>
        <translation>显示已停用单元</translation>
    </message>
</context>
<context>
    <name>sd::app::TrainingDialog</name>
    <message>
        <source>YYYY-MM-DD, empty while open</source>
        <translation>YYYY-MM-DD，未完成时留空</translation>
    </message>
    <message>
        <source>New Training</source>
        <translation>新建培训</translation>
    </message>
    <message>
        <source>Edit Training</source>
        <translation>编辑培训</translation>
    </message>
    <message>
        <source>New-hire</source>
        <translation>新员工培训</translation>
    </message>
    <message>
        <source>Continuing</source>
        <translation>在职培训</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>完成日期</translation>
    </message>
    <message>
        <source>Addresses KPI</source>
        <translation>针对的 KPI</translation>
    </message>
    <message>
        <source>Course: required.</source>
        <translation>课程：必填。</translation>
    </message>
    <message>
        <source>Completed on: &apos;%1&apos; is not a date (YYYY-MM-DD).</source>
        <translation>完成日期：“%1”不是有效日期（YYYY-MM-DD）。</translation>
    </message>
</context>
<context>
    <name>sd::app::UnitDialog</name>
    <message>
        <source>Edit Unit</source>
        <translation>编辑单元</translation>
    </message>
    <message>
        <source>New Unit</source>
        <translation>新建单元</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>大区</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>(none: the company)</source>
        <translation>（无：公司）</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>ID: required.</source>
        <translation>编号：必填。</translation>
    </message>
    <message>
        <source>Name: required.</source>
        <translation>名称：必填。</translation>
    </message>
</context>
<context>
    <name>sd::app::VisitPlanWidget</name>
    <message>
        <source>visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <source>call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>会议</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>演示</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <translation>%1：%2 – %3</translation>
    </message>
    <message>
        <source>Select a rep to plan its visits.</source>
        <translation>选择一名销售代表以计划其拜访。</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>未计划</translation>
    </message>
    <message>
        <source>not visited yet</source>
        <translation>尚未拜访</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>无计划</translation>
    </message>
    <message>
        <source>Planned %1 · visited %2 of them (%3) · %4 visited without a plan · visits %5, calls %6, meetings %7, demos %8</source>
        <translation>计划 %1 · 已拜访其中 %2（%3） · 计划外拜访 %4 · 拜访 %5、电话 %6、会议 %7、演示 %8</translation>
    </message>
    <message>
        <source>Visit plan</source>
        <translation>拜访计划</translation>
    </message>
    <message>
        <source>Week of:</source>
        <translation>周次：</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>name or ID</source>
        <translation>名称或编号</translation>
    </message>
    <message>
        <source>Plan Visit</source>
        <translation>计划拜访</translation>
    </message>
    <message>
        <source>Remove from Plan</source>
        <translation>从计划中移除</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>拜访次数</translation>
    </message>
    <message>
        <source>Other activities</source>
        <translation>其他活动</translation>
    </message>
</context>
<context>
    <name>sd::app::WeeklyReviewWidget</name>
    <message>
        <source>Week of:</source>
        <translation>周次：</translation>
    </message>
    <message>
        <source>Export xlsx…</source>
        <translation>导出 xlsx…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Categories (double-click for the deals)</source>
        <translation>变化类别（双击查看对应商机）</translation>
    </message>
    <message>
        <source>Pipeline bridge</source>
        <translation>商机管道变动</translation>
    </message>
    <message>
        <source>Stalled deals</source>
        <translation>停滞商机</translation>
    </message>
    <message>
        <source>Biggest movers</source>
        <translation>变动最大的商机</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>变动项</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>商机</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>阶段停留天数</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>%1: %2 – %3, %4</source>
        <translation>%1：%2 – %3，%4</translation>
    </message>
    <message>
        <source>Pipeline bridge (open, expected to close by %1)</source>
        <translation>商机管道变动（进行中商机，预计于 %1 前成交）</translation>
    </message>
    <message>
        <source>Start (%1)</source>
        <translation>期初（%1）</translation>
    </message>
    <message>
        <source>End (%1)</source>
        <translation>期末（%1）</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>（新建）</translation>
    </message>
    <message>
        <source>The weekly review is not computed yet.</source>
        <translation>周度漏斗回顾尚未计算。</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <source>Export xlsx</source>
        <translation>导出 xlsx</translation>
    </message>
    <message>
        <source>Writing the weekly review…</source>
        <translation>正在写入周度漏斗回顾…</translation>
    </message>
    <message>
        <source>Export the weekly review as PDF</source>
        <translation>将周度漏斗回顾导出为 PDF</translation>
    </message>
    <message>
        <source>Export the weekly review as xlsx</source>
        <translation>将周度漏斗回顾导出为 xlsx</translation>
    </message>
    <message>
        <source>weekly-review-%1</source>
        <translation>周度漏斗回顾-%1</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 未能写入：%2</translation>
    </message>
</context>
<context>
    <name>sd::app::WorkspaceController</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation>无法打开工作区</translation>
    </message>
    <message>
        <source>The workspace %1 could not be opened:

%2</source>
        <translation>无法打开工作区 %1：

%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>已打开 %1</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>新建工作区</translation>
    </message>
    <message>
        <source>Salesdesk workspaces (*.sqlite)</source>
        <translation>Salesdesk 工作区 (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists. Open it instead?</source>
        <translation>%1 已存在。是否直接打开它？</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>打开工作区</translation>
    </message>
    <message>
        <source>Salesdesk workspaces (*.sqlite);;All files (*)</source>
        <translation>Salesdesk 工作区 (*.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import CSV Folder</source>
        <translation>导入 CSV 文件夹</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>The folder could not be imported:

%1</source>
        <translation>无法导入该文件夹：

%1</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何数据。</translation>
    </message>
    <message>
        <source>Import errors</source>
        <translation>导入错误</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in %1. Nothing was imported: fix the files and import the folder again.</source>
        <translation>
            <numerusform>%1 中有 %n 个错误，未导入任何数据。请修正文件后重新导入该文件夹。</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 (%2).</source>
        <translation>已导入 %1（%2）。</translation>
    </message>
    <message>
        <source>Import Workspace Settings</source>
        <translation>导入工作区设置</translation>
    </message>
    <message>
        <source>Workspace settings (*.json);;All files (*)</source>
        <translation>工作区设置 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot import the settings</source>
        <translation>无法导入设置</translation>
    </message>
    <message>
        <source>%1 is not a valid workspace settings file:</source>
        <translation>%1 不是有效的工作区设置文件：</translation>
    </message>
    <message>
        <source>%1 could not be read:

%2</source>
        <translation>无法读取 %1：

%2</translation>
    </message>
    <message>
        <source>Settings imported from %1.</source>
        <translation>已从 %1 导入设置。</translation>
    </message>
    <message>
        <source>Export Workspace Settings</source>
        <translation>导出工作区设置</translation>
    </message>
    <message>
        <source>Workspace settings (*.json)</source>
        <translation>工作区设置 (*.json)</translation>
    </message>
    <message>
        <source>Cannot export the settings</source>
        <translation>无法导出设置</translation>
    </message>
    <message>
        <source>%1 could not be written:

%2</source>
        <translation>无法写入 %1：

%2</translation>
    </message>
    <message>
        <source>Settings exported to %1.</source>
        <translation>设置已导出到 %1。</translation>
    </message>
    <message>
        <source>Cannot save the settings</source>
        <translation>无法保存设置</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>日志文件夹</translation>
    </message>
    <message>
        <source>The log files are in %1</source>
        <translation>日志文件位于 %1</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>演示工作区</translation>
    </message>
    <message>
        <source>No temporary folder could be created.</source>
        <translation>无法创建临时文件夹。</translation>
    </message>
    <message>
        <source>Creating a demo company to explore Salesdesk with…</source>
        <translation>正在创建一家演示公司，供您体验 Salesdesk…</translation>
    </message>
    <message>
        <source>The demo workspace could not be built:

%1</source>
        <translation>无法创建演示工作区：

%1</translation>
    </message>
</context>
<context>
    <name>sd::cli</name>
    <message>
        <source>unexpected argument: </source>
        <translation>多余的参数：</translation>
    </message>
    <message>
        <source>--period must be a quarter (2026Q3), not </source>
        <translation>--period 必须是季度（如 2026Q3），而不是 </translation>
    </message>
    <message>
        <source>export failed: </source>
        <translation>导出失败：</translation>
    </message>
    <message>
        <source>appraisal sheet </source>
        <translation>考核表 </translation>
    </message>
    <message>
        <source> reps</source>
        <translation> 名销售代表</translation>
    </message>
    <message>
        <source> PDF forms</source>
        <translation> 份 PDF 考核表单</translation>
    </message>
    <message>
        <source>the workspace settings are not valid: </source>
        <translation>工作区设置无效：</translation>
    </message>
    <message>
        <source>unknown owner: </source>
        <translation>未知负责人：</translation>
    </message>
    <message>
        <source>demo takes no positional arguments: </source>
        <translation>demo 命令不接受位置参数：</translation>
    </message>
    <message>
        <source>--size must be small or large, not </source>
        <translation>--size 必须是 small 或 large，而不是 </translation>
    </message>
    <message>
        <source>--seed must be a whole number, not </source>
        <translation>--seed 必须是整数，而不是 </translation>
    </message>
    <message>
        <source>--as-of must be a date YYYY-MM-DD, not </source>
        <translation>--as-of 必须是 YYYY-MM-DD 格式的日期，而不是 </translation>
    </message>
    <message>
        <source>demo data written to</source>
        <translation>演示数据已写入</translation>
    </message>
    <message>
        <source> as of </source>
        <translation>，截至 </translation>
    </message>
    <message>
        <source>stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source> must be a date YYYY-MM-DD, not </source>
        <translation> 必须是 YYYY-MM-DD 格式的日期，而不是 </translation>
    </message>
    <message>
        <source>the workspace has no organisation yet (import org_units.csv first)</source>
        <translation>工作区中还没有组织架构（请先导入 org_units.csv）</translation>
    </message>
    <message>
        <source>Weekly funnel review </source>
        <translation>周度漏斗回顾 </translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>start</source>
        <translation>期初</translation>
    </message>
    <message>
        <source>end</source>
        <translation>期末</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变化明细</translation>
    </message>
    <message>
        <source>Pipeline bridge (expected to close by </source>
        <translation>商机管道变动 (预计成交日不晚于 </translation>
    </message>
    <message>
        <source>--week must be an ISO week like 2026-W47, not </source>
        <translation>--week 必须是 ISO 周（如 2026-W47），而不是 </translation>
    </message>
    <message>
        <source>--period must be a month, quarter or year like 2026Q1, not </source>
        <translation>--period 必须是月份、季度或年份（如 2026Q1），而不是 </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告：</translation>
    </message>
    <message>
        <source> more warnings</source>
        <translation> 条警告未列出</translation>
    </message>
    <message>
        <source> more errors</source>
        <translation> 个错误未列出</translation>
    </message>
    <message>
        <source>usage: salesctl import DIR [--workspace FILE] [--db PATH] [--json]</source>
        <translation>用法：salesctl import DIR [--workspace FILE] [--db PATH] [--json]</translation>
    </message>
    <message>
        <source>imported into </source>
        <translation>已导入到 </translation>
    </message>
    <message>
        <source>import refused, nothing was written: </source>
        <translation>导入被拒绝，未写入任何数据：</translation>
    </message>
    <message>
        <source> error(s)</source>
        <translation> 个错误</translation>
    </message>
    <message>
        <source>usage: salesctl info [--db PATH] [--json]</source>
        <translation>用法：salesctl info [--db PATH] [--json]</translation>
    </message>
    <message>
        <source>workspace: </source>
        <translation>工作区：</translation>
    </message>
    <message>
        <source>schema version: </source>
        <translation>数据库结构版本：</translation>
    </message>
    <message>
        <source>currency: </source>
        <translation>币种：</translation>
    </message>
    <message>
        <source>fiscal year starts in month: </source>
        <translation>财年起始月份：</translation>
    </message>
    <message>
        <source>stages: </source>
        <translation>销售阶段：</translation>
    </message>
    <message>
        <source>Incentives for </source>
        <translation>激励计算结果：</translation>
    </message>
    <message>
        <source>total </source>
        <translation>合计 </translation>
    </message>
    <message>
        <source>error: </source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>（暂定）</translation>
    </message>
    <message>
        <source>usage: salesctl incentive calc --period 2026-10|2026Q3 [--owner unit:ID|rep:ID] [--xlsx F] [--pdf-dir D] [--json]</source>
        <translation>用法：salesctl incentive calc --period 2026-10|2026Q3 [--owner unit:ID|rep:ID] [--xlsx F] [--pdf-dir D] [--json]</translation>
    </message>
    <message>
        <source>--period must be a month (2026-10) or a quarter (2026Q3), not </source>
        <translation>--period 必须是月份（2026-10）或季度（2026Q3），而不是 </translation>
    </message>
    <message>
        <source>KPI scores for </source>
        <translation>KPI 得分：</translation>
    </message>
    <message>
        <source>nobody is appraised for this period (no matching template or no active rep)</source>
        <translation>本期无人参加考核（没有匹配的考核模板或在职销售代表）</translation>
    </message>
    <message>
        <source>grade </source>
        <translation>等级 </translation>
    </message>
    <message>
        <source>not applicable: </source>
        <translation>不适用：</translation>
    </message>
    <message>
        <source>Grade distribution per team</source>
        <translation>各团队等级分布</translation>
    </message>
    <message>
        <source>graded </source>
        <translation>已评定 </translation>
    </message>
    <message>
        <source>passes</source>
        <translation>符合</translation>
    </message>
    <message>
        <source>FAILS</source>
        <translation>不符合</translation>
    </message>
    <message>
        <source>usage: salesctl kpi score --period P [--owner unit:ID|rep:ID] [--json]</source>
        <translation>用法：salesctl kpi score --period P [--owner unit:ID|rep:ID] [--json]</translation>
    </message>
    <message>
        <source>--period must be a period label (2026-03, 2026Q3, 2026, 2026-W47), not </source>
        <translation>--period 必须是期间标签（2026-03、2026Q3、2026、2026-W47），而不是 </translation>
    </message>
    <message>
        <source>give --pdf FILE, --xlsx FILE or both</source>
        <translation>请给出 --pdf FILE、--xlsx FILE 或两者</translation>
    </message>
    <message>
        <source>unknown org unit: </source>
        <translation>未知组织单元：</translation>
    </message>
    <message>
        <source>Meeting pack </source>
        <translation>会议资料包 </translation>
    </message>
    <message>
        <source>Receivables as of </source>
        <translation>应收账款，截至 </translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Overdue orders</source>
        <translation>逾期订单</translation>
    </message>
    <message>
        <source>due </source>
        <translation>到期 </translation>
    </message>
    <message>
        <source>Credit risk</source>
        <translation>信用风险</translation>
    </message>
    <message>
        <source>over credit limit </source>
        <translation>超出信用额度 </translation>
    </message>
    <message>
        <source>over 90 days past due: </source>
        <translation>逾期超过 90 天：</translation>
    </message>
    <message>
        <source>Collection rate </source>
        <translation>回款率 </translation>
    </message>
    <message>
        <source>n/a (nothing due)</source>
        <translation>无（没有到期款项）</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>--metric must be revenue, gross_profit, collections or new_customers, not </source>
        <translation>--metric 必须是 revenue、gross_profit、collections 或 new_customers，而不是 </translation>
    </message>
    <message>
        <source>targets for </source>
        <translation>目标：</translation>
    </message>
    <message>
        <source>no targets</source>
        <translation>没有目标</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>客户类别</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>attain.</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>差距</translation>
    </message>
    <message>
        <source>run rate</source>
        <translation>按当前进度预测</translation>
    </message>
    <message>
        <source>usage: salesctl targets show --period P [--today D] [--owner unit:ID|rep:ID] [--metric M] [--json]</source>
        <translation>用法：salesctl targets show --period P [--today D] [--owner unit:ID|rep:ID] [--metric M] [--json]</translation>
    </message>
    <message>
        <source>--period must be 2026, 2026Q1, 2026-03 or 2026-W47, not </source>
        <translation>--period 必须是 2026、2026Q1、2026-03 或 2026-W47，而不是 </translation>
    </message>
    <message>
        <source>--today must be a date YYYY-MM-DD, not </source>
        <translation>--today 必须是 YYYY-MM-DD 格式的日期，而不是 </translation>
    </message>
    <message>
        <source>unknown command: </source>
        <translation>未知命令：</translation>
    </message>
    <message>
        <source>unexpected error: </source>
        <translation>意外错误：</translation>
    </message>
    <message>
        <source>usage: salesctl backup --db WORKSPACE --out FILE [--json]</source>
        <translation>用法：salesctl backup --db 工作区 --out 文件 [--json]</translation>
    </message>
    <message>
        <source>backed up %1 to %2</source>
        <translation>已将 %1 备份到 %2</translation>
    </message>
    <message>
        <source>usage: salesctl restore --db WORKSPACE --from FILE [--json]</source>
        <translation>用法：salesctl restore --db 工作区 --from 文件 [--json]</translation>
    </message>
    <message>
        <source>restored %1 from %2</source>
        <translation>已从 %2 恢复 %1</translation>
    </message>
    <message>
        <source>the replaced content is kept in %1</source>
        <translation>被替换的内容保存在 %1</translation>
    </message>
    <message>
        <source>option takes no value: </source>
        <translation>该选项不接受值：</translation>
    </message>
    <message>
        <source>missing value for option </source>
        <translation>选项缺少值：</translation>
    </message>
    <message>
        <source>unknown language (use zh_CN or en): </source>
        <translation>未知语言（请使用 zh_CN 或 en）：</translation>
    </message>
    <message>
        <source>missing required option </source>
        <translation>缺少必需的选项 </translation>
    </message>
    <message>
        <source>unknown option for this command: </source>
        <translation>此命令不支持该选项：</translation>
    </message>
    <message>
        <source>--owner must be unit:ID or rep:ID, not </source>
        <translation>--owner 必须是 unit:ID 或 rep:ID，而不是 </translation>
    </message>
    <message>
        <source>Funnel of </source>
        <translation>销售漏斗 </translation>
    </message>
    <message>
        <source>weighted</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天数</translation>
    </message>
    <message>
        <source>Window </source>
        <translation>统计期 </translation>
    </message>
    <message>
        <source>, cohort </source>
        <translation>，同期商机 </translation>
    </message>
    <message>
        <source>Win rate </source>
        <translation>赢单率 </translation>
    </message>
    <message>
        <source> won, </source>
        <translation> 赢单，</translation>
    </message>
    <message>
        <source> lost)</source>
        <translation> 输单)</translation>
    </message>
    <message>
        <source>Average won amount </source>
        <translation>平均赢单金额 </translation>
    </message>
    <message>
        <source>, average cycle </source>
        <translation>，平均销售周期 </translation>
    </message>
    <message>
        <source>Velocity per day </source>
        <translation>每日销售速度 </translation>
    </message>
    <message>
        <source>Coverage </source>
        <translation>覆盖率 </translation>
    </message>
    <message>
        <source> open, expected </source>
        <translation> 进行中，预计成交 </translation>
    </message>
    <message>
        <source> open, the period is over</source>
        <translation> 进行中，本期已结束</translation>
    </message>
    <message>
        <source>; target </source>
        <translation>；目标 </translation>
    </message>
    <message>
        <source>, actual </source>
        <translation>，实际 </translation>
    </message>
    <message>
        <source>Health: no flags</source>
        <translation>健康检查：无预警</translation>
    </message>
    <message>
        <source>Health: </source>
        <translation>健康预警：</translation>
    </message>
    <message>
        <source> below half the team median </source>
        <translation> 低于团队中位数的一半 </translation>
    </message>
    <message>
        <source> amount </source>
        <translation> 金额 </translation>
    </message>
    <message>
        <source> count </source>
        <translation> 数量 </translation>
    </message>
    <message>
        <source>--from and --to go together: give both or neither</source>
        <translation>--from 和 --to 必须同时给出或同时省略</translation>
    </message>
    <message>
        <source>--period must be a period label (2026-03, 2026Q1, 2026, 2026-W47), not </source>
        <translation>--period 必须是期间标签（2026-03、2026Q1、2026、2026-W47），而不是 </translation>
    </message>
    <message>
        <source>--from must not be after --to</source>
        <translation>--from 不能晚于 --to</translation>
    </message>
    <message>
        <source>missing required option --owner (unit:ID)</source>
        <translation>缺少必需的选项 --owner（unit:ID）</translation>
    </message>
    <message>
        <source>--period must be a fiscal year (2026) or quarter (2026Q1), not </source>
        <translation>--period 必须是财年（2026）或季度（2026Q1），而不是 </translation>
    </message>
    <message>
        <source>no --amount given and </source>
        <translation>未给出 --amount，且 </translation>
    </message>
    <message>
        <source> has no </source>
        <translation> 没有 </translation>
    </message>
    <message>
        <source> target for </source>
        <translation> 目标，期间：</translation>
    </message>
    <message>
        <source>--method must be equal, weights, history or capacity, not </source>
        <translation>--method 必须是 equal、weights、history 或 capacity，而不是 </translation>
    </message>
    <message>
        <source>--method weights needs --weights FILE</source>
        <translation>--method weights 需要 --weights FILE</translation>
    </message>
    <message>
        <source>--weights FILE goes with --method weights</source>
        <translation>--weights FILE 只能与 --method weights 一起使用</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>已分配</translation>
    </message>
    <message>
        <source>note: </source>
        <translation>注意：</translation>
    </message>
    <message>
        <source>period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>existing</source>
        <translation>存量</translation>
    </message>
    <message>
        <source>new</source>
        <translation>增量</translation>
    </message>
    <message>
        <source>saved targets: </source>
        <translation>已保存目标：</translation>
    </message>
    <message>
        <source>usage: salesctl targets decompose --owner unit:ID --metric M --period YEAR|QUARTER --amount X --method equal|weights|history|capacity [--weights FILE] [--seasonality equal|history|FILE] [--existing-share S] [--over-assign F] [--to-reps] [--save] [--json]</source>
        <translation>用法：salesctl targets decompose --owner unit:ID --metric M --period YEAR|QUARTER --amount X --method equal|weights|history|capacity [--weights FILE] [--seasonality equal|history|FILE] [--existing-share S] [--over-assign F] [--to-reps] [--save] [--json]</translation>
    </message>
    <message>
        <source>usage: salesctl targets decompose|show …</source>
        <translation>用法：salesctl targets decompose|show …</translation>
    </message>
    <message>
        <source>: owner must be unit:ID, rep:ID or an id, not </source>
        <translation>: 负责人必须是 unit:ID、rep:ID 或编号，而不是 </translation>
    </message>
    <message>
        <source>: the id is both a unit and a rep, write unit:</source>
        <translation>: 该编号既是组织单元又是销售代表，请写成 unit:</translation>
    </message>
    <message>
        <source> or rep:</source>
        <translation> 或 rep:</translation>
    </message>
    <message>
        <source>: unknown owner </source>
        <translation>: 未知负责人 </translation>
    </message>
    <message>
        <source>: a second weight for </source>
        <translation>: 重复的权重：</translation>
    </message>
    <message>
        <source>: not valid JSON: </source>
        <translation>: 不是有效的 JSON：</translation>
    </message>
    <message>
        <source>: the weight must be a decimal ≥ 0 with at most 6 decimals</source>
        <translation>: 权重必须是 ≥ 0 的数字，最多 6 位小数</translation>
    </message>
    <message>
        <source>:1: the weights file needs the header owner,weight (or a JSON object)</source>
        <translation>:1: 权重文件需要表头 owner,weight（或使用 JSON 对象）</translation>
    </message>
    <message>
        <source>: missing owner or weight</source>
        <translation>: 缺少 owner 或 weight</translation>
    </message>
    <message>
        <source>: weight: must be a decimal ≥ 0 with at most 6 decimals, not </source>
        <translation>: weight：必须是 ≥ 0 的数字，最多 6 位小数，而不是 </translation>
    </message>
    <message>
        <source>: no weights in the file</source>
        <translation>: 文件中没有权重</translation>
    </message>
    <message>
        <source>]: a seasonality weight must be a decimal ≥ 0 with at most 6 decimals</source>
        <translation>]: 季节性权重必须是 ≥ 0 的数字，最多 6 位小数</translation>
    </message>
    <message>
        <source>: a seasonality weight must be a decimal ≥ 0 with at most 6 decimals, not </source>
        <translation>: 季节性权重必须是 ≥ 0 的数字，最多 6 位小数，而不是 </translation>
    </message>
    <message>
        <source> must be a decimal with at most 6 decimals, not </source>
        <translation> 必须是最多 6 位小数的数字，而不是 </translation>
    </message>
    <message>
        <source>usage: salesctl migrate --from FILE|postgresql://… --to postgresql://…|FILE [--json]</source>
        <translation>用法：salesctl migrate --from FILE|postgresql://… --to postgresql://…|FILE [--json]</translation>
    </message>
    <message>
        <source>no workspace file %1</source>
        <translation>工作区文件 %1 不存在</translation>
    </message>
    <message>
        <source>--from and --to name the same workspace</source>
        <translation>--from 和 --to 指向同一个工作区</translation>
    </message>
    <message>
        <source>copied %1 rows in %2 tables from %3 to %4 (counts and checksums verified)</source>
        <translation>已将 %2 张表中的 %1 行从 %3 复制到 %4（行数和校验和均已核对）</translation>
    </message>
    <message>
        <source>%1 is a shared server: restore it with pg_restore as its administrator (see docs/team-server.md, &quot;Backups&quot;), not with salesctl restore</source>
        <translation>%1 是共享服务器：请由其管理员使用 pg_restore 恢复（参见 docs/team-server.md 的“Backups”一节），而不是使用 salesctl restore</translation>
    </message>
    <message>
        <source>usage: salesctl backup --db postgresql://… --out FILE [--json]</source>
        <translation>用法：salesctl backup --db postgresql://… --out FILE [--json]</translation>
    </message>
    <message>
        <source>backed up %1 to %2 (pg_dump; restore with pg_restore)</source>
        <translation>已将 %1 备份到 %2（pg_dump；可用 pg_restore 恢复）</translation>
    </message>
    <message>
        <source>users and roles set up on %1: %2 tables secured</source>
        <translation>已在 %1 上设置用户和角色：%2 张表已启用访问控制</translation>
    </message>
    <message>
        <source>table %1 has no rule: only admin and sales_manager can use it</source>
        <translation>表 %1 没有访问规则：只有 admin 和 sales_manager 可以使用</translation>
    </message>
    <message>
        <source>usage: salesctl --db postgresql://… team add-user --login L --role admin|sales_manager|team_lead|rep|hr [--rep ID] [--unit ID] [--password-env VAR]</source>
        <translation>用法：salesctl --db postgresql://… team add-user --login L --role admin|sales_manager|team_lead|rep|hr [--rep ID] [--unit ID] [--password-env VAR]</translation>
    </message>
    <message>
        <source>unknown role (use admin, sales_manager, team_lead, rep or hr): </source>
        <translation>未知角色（请使用 admin、sales_manager、team_lead、rep 或 hr）：</translation>
    </message>
    <message>
        <source>the environment variable named by --password-env is not set: </source>
        <translation>--password-env 指定的环境变量未设置：</translation>
    </message>
    <message>
        <source>user %1 added as %2 (%3)</source>
        <translation>已添加用户 %1，角色为 %2（%3）</translation>
    </message>
    <message>
        <source>usage: salesctl --db postgresql://… team remove-user --login L</source>
        <translation>用法：salesctl --db postgresql://… team remove-user --login L</translation>
    </message>
    <message>
        <source>user %1 removed; the login can no longer sign in</source>
        <translation>已删除用户 %1；该登录名不能再登录</translation>
    </message>
    <message>
        <source>not a Salesdesk user (database owner?)</source>
        <translation>不是 Salesdesk 用户（数据库所有者？）</translation>
    </message>
    <message>
        <source>usage: salesctl --db postgresql://… team init|add-user|remove-user|users|whoami</source>
        <translation>用法：salesctl --db postgresql://… team init|add-user|remove-user|users|whoami</translation>
    </message>
    <message>
        <source>usage: salesctl [--db PATH|URL] [--lang zh_CN|en] [--json] [--verbose] [--no-backup] COMMAND …

commands:
  import DIR [--workspace FILE]     load a CSV folder (and settings)
  info                              what the workspace holds
  demo --size small|large --out DIR write a demo company as a CSV folder
  targets decompose|show …          decompose targets; targets, actuals, attainment
  funnel [weekly] …                 funnel figures; the weekly change report
  receivables --as-of D             receivables aging
  kpi score --period Q              KPI scores, totals and grades
  appraisal export --period Q --xlsx F [--pdf-dir D]
  incentive calc --period P         commission, bonuses and contests per rep
  meeting-pack --unit ID --week W --pdf F|--xlsx F
  backup --out FILE                 copy the workspace (online backup)
  restore --from FILE               replace the workspace with a checked backup
  migrate --from FILE|URL --to URL|FILE  copy a workspace to a PostgreSQL server or back

--db also takes a server: postgresql://user@host:port/database?sslmode=require
</source>
        <translation>用法：salesctl [--db 路径|URL] [--lang zh_CN|en] [--json] [--verbose] [--no-backup] 命令 …

命令：
  import DIR [--workspace FILE]     导入 CSV 文件夹（及设置）
  info                              工作区包含的内容
  demo --size small|large --out DIR 生成演示公司的 CSV 文件夹
  targets decompose|show …          目标分解；目标、实际与达成率
  funnel [weekly] …                 漏斗指标；周度变化报告
  receivables --as-of D             应收账款账龄
  kpi score --period Q              KPI 得分、总分与等级
  appraisal export --period Q --xlsx F [--pdf-dir D]
  incentive calc --period P         每名销售代表的提成、奖金与竞赛奖励
  meeting-pack --unit ID --week W --pdf F|--xlsx F
  backup --out FILE                 复制工作区（在线备份）
  restore --from FILE               用检查过的备份替换工作区
  migrate --from FILE|URL --to URL|FILE  将工作区复制到 PostgreSQL 服务器，或从服务器复制回文件

--db 也可以指定服务器：postgresql://user@host:port/database?sslmode=require
</translation>
    </message>
    <message>
        <source>team needs a workspace on a PostgreSQL server: --db postgresql://USER@HOST/DATABASE</source>
        <translation>team 命令需要 PostgreSQL 服务器上的工作区：--db postgresql://USER@HOST/DATABASE</translation>
    </message>
    <message>
        <source>whole company</source>
        <translation>全公司</translation>
    </message>
</context>
<context>
    <name>sd::storage::Backup</name>
    <message>
        <source>out of memory</source>
        <translation>内存不足</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Salesdesk workspace (%2)</source>
        <translation>%1 不是 Salesdesk 工作区（%2）</translation>
    </message>
    <message>
        <source>cannot back up %1 to %2: %3</source>
        <translation>无法将 %1 备份到 %2：%3</translation>
    </message>
    <message>
        <source>cannot back up %1 onto itself</source>
        <translation>不能把 %1 备份到它自身</translation>
    </message>
    <message>
        <source>cannot back up %1: the file does not exist</source>
        <translation>无法备份 %1：文件不存在</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file</source>
        <translation>%1 是文件夹，不是工作区文件</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Salesdesk workspace: it is not an SQLite database file</source>
        <translation>%1 不是 Salesdesk 工作区：它不是 SQLite 数据库文件</translation>
    </message>
    <message>
        <source>%1 is truncated: it holds %2 bytes of the %3 its header announces (an incomplete copy?)</source>
        <translation>%1 不完整：文件头声明 %3 字节，实际只有 %2 字节（复制未完成？）</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 不存在</translation>
    </message>
    <message>
        <source>%1 is empty, not a workspace</source>
        <translation>%1 是空文件，不是工作区</translation>
    </message>
    <message>
        <source>%1 was written by a newer Salesdesk (schema %2; this version knows up to %3)</source>
        <translation>%1 由更新版本的 Salesdesk 写入（架构 %2；本版本最高支持 %3）</translation>
    </message>
    <message>
        <source>%1 is not a Salesdesk workspace: it holds no tables</source>
        <translation>%1 不是 Salesdesk 工作区：其中没有任何表</translation>
    </message>
    <message>
        <source>%1 is not a Salesdesk workspace: it has no table &quot;%2&quot;</source>
        <translation>%1 不是 Salesdesk 工作区：缺少表“%2”</translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check: %2)</source>
        <translation>%1 已损坏（完整性检查：%2）</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 rows refer to missing rows (first in table &quot;%3&quot;)</source>
        <translation>%1 已损坏：%2 行引用了不存在的行（首个在表“%3”中）</translation>
    </message>
    <message>
        <source>cannot restore %1 from itself</source>
        <translation>不能用 %1 自身来恢复</translation>
    </message>
    <message>
        <source>restore refused, the workspace %1 was not changed: %2</source>
        <translation>已拒绝恢复，工作区 %1 未做任何改动：%2</translation>
    </message>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>无法创建备份文件夹 %1</translation>
    </message>
    <message>
        <source>cannot keep a copy of it in %1</source>
        <translation>无法在 %1 保留其副本</translation>
    </message>
    <message>
        <source>cannot restore %1: %2</source>
        <translation>无法恢复 %1：%2</translation>
    </message>
    <message>
        <source>the disk holding %1 is full: the change was not saved and the workspace is unchanged. Free some space and try again. (%2)</source>
        <translation>%1 所在磁盘已满：更改未保存，工作区保持不变。请释放空间后重试。（%2）</translation>
    </message>
    <message>
        <source>%1 is read-only: the change was not saved and the workspace is unchanged. (%2)</source>
        <translation>%1 为只读：更改未保存，工作区保持不变。（%2）</translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <source>--amount must be money with at most 2 decimals (1234.50), not </source>
        <translation>--amount 必须是最多 2 位小数的金额（如 1234.50），而不是 </translation>
    </message>
    <message>
        <source>--amount of new_customers must be a whole number, not </source>
        <translation>new_customers 的 --amount 必须是整数，而不是 </translation>
    </message>
    <message>
        <source>cannot read </source>
        <translation>无法读取 </translation>
    </message>
</context>
</TS>
