<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
    <name>UndoCommands</name>
    <message>
        <source>Change Settings</source>
        <translation>修改设置</translation>
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
        <source>Select a customer to see its profile, opportunities, orders, payments and activities.</source>
        <translation>选择一个客户，查看其档案、商机、订单、回款与活动。</translation>
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
</context>
<context>
    <name>sd::app::ErrorListDialog</name>
    <message>
        <source>Copy all</source>
        <translation>全部复制</translation>
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
        <source>%1 reps · %2 customers · %3 opportunities · %4 orders</source>
        <translation>%1 名销售 · %2 个客户 · %3 个商机 · %4 个订单</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>没有最近打开的工作区</translation>
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
</TS>
