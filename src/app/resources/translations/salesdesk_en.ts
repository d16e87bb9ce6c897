<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AppraisalExport</name>
    <message>
        <source>Rep ID</source>
        <translation>Rep ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Org path</source>
        <translation>Org path</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Attainment</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>360 score</source>
        <translation>360 score</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Scored grade</source>
        <translation>Scored grade</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Calibration note</source>
        <translation>Calibration note</translation>
    </message>
    <message>
        <source>Manager comment</source>
        <translation>Manager comment</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Sign-off date</source>
        <translation>Sign-off date</translation>
    </message>
    <message>
        <source>Appraisal sheet</source>
        <translation>Appraisal sheet</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Grade distribution</source>
        <translation>Grade distribution</translation>
    </message>
    <message>
        <source>Team ID</source>
        <translation>Team ID</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Graded</source>
        <translation>Graded</translation>
    </message>
    <message>
        <source>Top grade</source>
        <translation>Top grade</translation>
    </message>
    <message>
        <source>Top grade count</source>
        <translation>Top grade count</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Allowed</translation>
    </message>
    <message>
        <source>Top two count</source>
        <translation>Top two count</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Passes</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation>Gross profit</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>Collection rate</source>
        <translation>Collection rate</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>New customers</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Win rate</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>360 review</source>
        <translation>360 review</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Financial</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <source>Learning and growth</source>
        <translation>Learning and growth</translation>
    </message>
    <message>
        <source>linear: 100 × attainment, between %1 and %2</source>
        <translation>linear: 100 × attainment, between %1 and %2</translation>
    </message>
    <message>
        <source>threshold: 0 below attainment %1, else 100 × attainment between %2 and %3</source>
        <translation>threshold: 0 below attainment %1, else 100 × attainment between %2 and %3</translation>
    </message>
    <message>
        <source>bands: %1</source>
        <translation>bands: %1</translation>
    </message>
    <message>
        <source>direct: the value is the score</source>
        <translation>direct: the value is the score</translation>
    </message>
    <message>
        <source>behaviour-anchored: 20 × level</source>
        <translation>behaviour-anchored: 20 × level</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Self review</source>
        <translation>Self review</translation>
    </message>
    <message>
        <source>Manager review</source>
        <translation>Manager review</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibration</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Signed off</translation>
    </message>
    <message>
        <source>Senior manager</source>
        <translation>Senior manager</translation>
    </message>
    <message>
        <source>Regional manager</source>
        <translation>Regional manager</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Sales rep</translation>
    </message>
    <message>
        <source>Junior</source>
        <translation>Junior</translation>
    </message>
    <message>
        <source>Mid</source>
        <translation>Mid</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>Senior</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Peer</source>
        <translation>Peer</translation>
    </message>
    <message>
        <source>Self</source>
        <translation>Self</translation>
    </message>
    <message>
        <source>not applicable: no actual</source>
        <translation>not applicable: no actual</translation>
    </message>
    <message>
        <source>not applicable: no target</source>
        <translation>not applicable: no target</translation>
    </message>
    <message>
        <source>not applicable: target is 0</source>
        <translation>not applicable: target is 0</translation>
    </message>
    <message>
        <source>not applicable: actual 0 (lower is better)</source>
        <translation>not applicable: actual 0 (lower is better)</translation>
    </message>
    <message>
        <source>Appraisal form %1</source>
        <translation>Appraisal form %1</translation>
    </message>
    <message>
        <source>KPI items</source>
        <translation>KPI items</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation>Perspective</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>360-degree review</source>
        <translation>360-degree review</translation>
    </message>
    <message>
        <source>No reviews for this period.</source>
        <translation>No reviews for this period.</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Reviewers</translation>
    </message>
    <message>
        <source>Mean score</source>
        <translation>Mean score</translation>
    </message>
    <message>
        <source>Grade changed</source>
        <translation>Grade changed</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Grade not changed at calibration.</source>
        <translation>Grade not changed at calibration.</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Self comment</source>
        <translation>Self comment</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Employee</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>HR</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>CsvImportJob</name>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>Reading the settings…</source>
        <translation>Reading the settings…</translation>
    </message>
    <message>
        <source>Writing to the workspace…</source>
        <translation>Writing to the workspace…</translation>
    </message>
    <message>
        <source>Opening the workspace…</source>
        <translation>Opening the workspace…</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more error(s)</source>
        <translation>
            <numerusform>… and %n more error</numerusform>
            <numerusform>… and %n more errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerEdits</name>
    <message>
        <source>Add customer %1</source>
        <translation>Add customer %1</translation>
    </message>
    <message>
        <source>No customer with id %1.</source>
        <translation>No customer with id %1.</translation>
    </message>
    <message>
        <source>Edit customer %1</source>
        <translation>Edit customer %1</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>No workspace is open.</translation>
    </message>
    <message>
        <source>Customer %1 was merged into %2; undo the merge instead.</source>
        <translation>Customer %1 was merged into %2; undo the merge instead.</translation>
    </message>
    <message>
        <source>Reactivate customer %1</source>
        <translation>Reactivate customer %1</translation>
    </message>
    <message>
        <source>Deactivate customer %1</source>
        <translation>Deactivate customer %1</translation>
    </message>
    <message>
        <source>Merge customer %1 into %2</source>
        <translation>Merge customer %1 into %2</translation>
    </message>
    <message>
        <source>Log activity</source>
        <translation>Log activity</translation>
    </message>
    <message>
        <source>A payment must be a positive amount.</source>
        <translation>A payment must be a positive amount.</translation>
    </message>
    <message>
        <source>Record payment</source>
        <translation>Record payment</translation>
    </message>
    <message>
        <source>Save contact %1</source>
        <translation>Save contact %1</translation>
    </message>
    <message>
        <source>No contact with id %1.</source>
        <translation>No contact with id %1.</translation>
    </message>
    <message>
        <source>Remove contact %1</source>
        <translation>Remove contact %1</translation>
    </message>
</context>
<context>
    <name>FunnelForecastEdit</name>
    <message>
        <source>Submit the forecast of %1 for %2</source>
        <translation>Submit the forecast of %1 for %2</translation>
    </message>
    <message>
        <source>Adjust the forecast of %1 for %2</source>
        <translation>Adjust the forecast of %1 for %2</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>No workspace is open.</translation>
    </message>
    <message>
        <source>A forecast cannot be negative.</source>
        <translation>A forecast cannot be negative.</translation>
    </message>
    <message>
        <source>%1 has not submitted a forecast for %2: a manager adjusts a submitted forecast.</source>
        <translation>%1 has not submitted a forecast for %2: a manager adjusts a submitted forecast.</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
</context>
<context>
    <name>FunnelFormat</name>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>Need recognition</source>
        <extracomment>认知需求</extracomment>
        <translation>Need recognition</translation>
    </message>
    <message>
        <source>Information search</source>
        <extracomment>信息收集</extracomment>
        <translation>Information search</translation>
    </message>
    <message>
        <source>Evaluation of alternatives</source>
        <extracomment>方案评估</extracomment>
        <translation>Evaluation of alternatives</translation>
    </message>
    <message>
        <source>Purchase decision</source>
        <extracomment>购买决策</extracomment>
        <translation>Purchase decision</translation>
    </message>
    <message>
        <source>Post-purchase evaluation</source>
        <extracomment>购后评价</extracomment>
        <translation>Post-purchase evaluation</translation>
    </message>
    <message>
        <source>Seller: understand the customer&apos;s needs</source>
        <extracomment>理解客户的需求</extracomment>
        <translation>Seller: understand the customer&apos;s needs</translation>
    </message>
    <message>
        <source>Seller: build trust</source>
        <extracomment>建立信任</extracomment>
        <translation>Seller: build trust</translation>
    </message>
    <message>
        <source>Seller: offer the solution</source>
        <extracomment>提供解决方案</extracomment>
        <translation>Seller: offer the solution</translation>
    </message>
    <message>
        <source>Seller: close the deal</source>
        <extracomment>达成交易</extracomment>
        <translation>Seller: close the deal</translation>
    </message>
    <message>
        <source>Seller: after-sales service</source>
        <extracomment>售后服务</extracomment>
        <translation>Seller: after-sales service</translation>
    </message>
</context>
<context>
    <name>FunnelWeekly</name>
    <message>
        <source>Weekly funnel review %1</source>
        <translation>Weekly funnel review %1</translation>
    </message>
    <message>
        <source>%1 · as of %2 compared with %3 · amounts in %4</source>
        <translation>%1 · as of %2 compared with %3 · amounts in %4</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <source>Regressed</source>
        <translation>Regressed</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Stalled</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>+ New</source>
        <translation>+ New</translation>
    </message>
    <message>
        <source>+ Pulled in</source>
        <translation>+ Pulled in</translation>
    </message>
    <message>
        <source>+ Increased</source>
        <translation>+ Increased</translation>
    </message>
    <message>
        <source>− Decreased</source>
        <translation>− Decreased</translation>
    </message>
    <message>
        <source>− Pushed out</source>
        <translation>− Pushed out</translation>
    </message>
    <message>
        <source>− Won</source>
        <translation>− Won</translation>
    </message>
    <message>
        <source>− Lost</source>
        <translation>− Lost</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Won or lost at both ends (left out)</source>
        <translation>Won or lost at both ends (left out)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Count at start</source>
        <translation>Count at start</translation>
    </message>
    <message>
        <source>Amount at start</source>
        <translation>Amount at start</translation>
    </message>
    <message>
        <source>Count at end</source>
        <translation>Count at end</translation>
    </message>
    <message>
        <source>Amount at end</source>
        <translation>Amount at end</translation>
    </message>
    <message>
        <source>Pipeline bridge (open deals expected to close by %1)</source>
        <translation>Pipeline bridge (open deals expected to close by %1)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>In stage since</source>
        <translation>In stage since</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Days in stage</translation>
    </message>
    <message>
        <source>From stage</source>
        <translation>From stage</translation>
    </message>
    <message>
        <source>To stage</source>
        <translation>To stage</translation>
    </message>
    <message>
        <source>Owner id</source>
        <translation>Owner id</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Biggest movers</source>
        <translation>Biggest movers</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categories</translation>
    </message>
    <message>
        <source>Won or lost at both ends (left out): %1</source>
        <translation>Won or lost at both ends (left out): %1</translation>
    </message>
    <message>
        <source>Stages at both ends</source>
        <translation>Stages at both ends</translation>
    </message>
    <message>
        <source>Stalled deals</source>
        <translation>Stalled deals</translation>
    </message>
    <message>
        <source>No stalled deals this week.</source>
        <translation>No stalled deals this week.</translation>
    </message>
    <message>
        <source>No changes this week.</source>
        <translation>No changes this week.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>cannot read the file: </source>
        <translation>cannot read the file: </translation>
    </message>
    <message>
        <source>the file is empty (a header row is needed)</source>
        <translation>the file is empty (a header row is needed)</translation>
    </message>
    <message>
        <source>column </source>
        <translation>column </translation>
    </message>
    <message>
        <source> has no name, ignored</source>
        <translation> has no name, ignored</translation>
    </message>
    <message>
        <source>column appears twice in the header</source>
        <translation>column appears twice in the header</translation>
    </message>
    <message>
        <source>unknown column, ignored</source>
        <translation>unknown column, ignored</translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation>required column is missing</translation>
    </message>
    <message>
        <source>the file is not valid UTF-8; a sheet saved by Excel as GBK/ANSI text must be saved again as &quot;CSV UTF-8&quot;</source>
        <translation>the file is not valid UTF-8; a sheet saved by Excel as GBK/ANSI text must be saved again as &quot;CSV UTF-8&quot;</translation>
    </message>
    <message>
        <source>expected </source>
        <translation>expected </translation>
    </message>
    <message>
        <source> fields, found </source>
        <translation> fields, found </translation>
    </message>
    <message>
        <source>required value is empty</source>
        <translation>required value is empty</translation>
    </message>
    <message>
        <source>id has leading or trailing spaces: </source>
        <translation>id has leading or trailing spaces: </translation>
    </message>
    <message>
        <source>more than two decimals: </source>
        <translation>more than two decimals: </translation>
    </message>
    <message>
        <source>not an amount of money (digits, optional &apos;-&apos;, at most two decimals): </source>
        <translation>not an amount of money (digits, optional &apos;-&apos;, at most two decimals): </translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): </source>
        <translation>not a date (YYYY-MM-DD): </translation>
    </message>
    <message>
        <source>more than 6 decimals: </source>
        <translation>more than 6 decimals: </translation>
    </message>
    <message>
        <source>not a decimal number: </source>
        <translation>not a decimal number: </translation>
    </message>
    <message>
        <source>not a whole number: </source>
        <translation>not a whole number: </translation>
    </message>
    <message>
        <source>out of range </source>
        <translation>out of range </translation>
    </message>
    <message>
        <source>must be 1 or 0: </source>
        <translation>must be 1 or 0: </translation>
    </message>
    <message>
        <source>unknown period label (2026-03, 2026Q1, 2026, 2026-W47): </source>
        <translation>unknown period label (2026-03, 2026Q1, 2026, 2026-W47): </translation>
    </message>
    <message>
        <source>unknown </source>
        <translation>unknown </translation>
    </message>
    <message>
        <source>duplicate id </source>
        <translation>duplicate id </translation>
    </message>
    <message>
        <source> (first on line </source>
        <translation> (first on line </translation>
    </message>
    <message>
        <source>duplicate </source>
        <translation>duplicate </translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>not a folder</translation>
    </message>
    <message>
        <source>no CSV file of the interchange format in this folder</source>
        <translation>no CSV file of the interchange format in this folder</translation>
    </message>
    <message>
        <source>not a file of the interchange format, ignored</source>
        <translation>not a file of the interchange format, ignored</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>checked</translation>
    </message>
    <message>
        <source>a target is for a month, a quarter or a year, not a week: </source>
        <translation>a target is for a month, a quarter or a year, not a week: </translation>
    </message>
    <message>
        <source>KPI </source>
        <translation>KPI </translation>
    </message>
    <message>
        <source> is computed from the data; this value is not used</source>
        <translation> is computed from the data; this value is not used</translation>
    </message>
    <message>
        <source> is not defined in the workspace settings</source>
        <translation> is not defined in the workspace settings</translation>
    </message>
    <message>
        <source>a review period must be a quarter (2026Q3): </source>
        <translation>a review period must be a quarter (2026Q3): </translation>
    </message>
    <message>
        <source>unknown value </source>
        <translation>unknown value </translation>
    </message>
    <message>
        <source>score must be between 0 and 100: </source>
        <translation>score must be between 0 and 100: </translation>
    </message>
    <message>
        <source>the same reviewer reviews this rep twice in the quarter (first on line </source>
        <translation>the same reviewer reviews this rep twice in the quarter (first on line </translation>
    </message>
    <message>
        <source>); both scores count</source>
        <translation>); both scores count</translation>
    </message>
    <message>
        <source>no root unit: exactly one org unit must have an empty parent_id</source>
        <translation>no root unit: exactly one org unit must have an empty parent_id</translation>
    </message>
    <message>
        <source>a second root unit </source>
        <translation>a second root unit </translation>
    </message>
    <message>
        <source> (root </source>
        <translation> (root </translation>
    </message>
    <message>
        <source> already has no parent): exactly one root</source>
        <translation> already has no parent): exactly one root</translation>
    </message>
    <message>
        <source>parent_id makes a cycle through unit </source>
        <translation>parent_id makes a cycle through unit </translation>
    </message>
    <message>
        <source>a unit cannot be its own parent</source>
        <translation>a unit cannot be its own parent</translation>
    </message>
    <message>
        <source>unknown org unit </source>
        <translation>unknown org unit </translation>
    </message>
    <message>
        <source>a rep cannot be their own manager</source>
        <translation>a rep cannot be their own manager</translation>
    </message>
    <message>
        <source>left_on is before hire_date</source>
        <translation>left_on is before hire_date</translation>
    </message>
    <message>
        <source>unknown rep </source>
        <translation>unknown rep </translation>
    </message>
    <message>
        <source>credit_limit is negative</source>
        <translation>credit_limit is negative</translation>
    </message>
    <message>
        <source>amount is negative</source>
        <translation>amount is negative</translation>
    </message>
    <message>
        <source>unknown stage </source>
        <translation>unknown stage </translation>
    </message>
    <message>
        <source>unknown opportunity </source>
        <translation>unknown opportunity </translation>
    </message>
    <message>
        <source> (a stage history is imported with its opportunity: list it in opportunities.csv)</source>
        <translation> (a stage history is imported with its opportunity: list it in opportunities.csv)</translation>
    </message>
    <message>
        <source>history dates go backwards for opportunity </source>
        <translation>history dates go backwards for opportunity </translation>
    </message>
    <message>
        <source> after </source>
        <translation> after </translation>
    </message>
    <message>
        <source> (line </source>
        <translation> (line </translation>
    </message>
    <message>
        <source>the first history row of opportunity </source>
        <translation>the first history row of opportunity </translation>
    </message>
    <message>
        <source> must be on its created_on </source>
        <translation> must be on its created_on </translation>
    </message>
    <message>
        <source>, not </source>
        <translation>, not </translation>
    </message>
    <message>
        <source>the last history row of opportunity </source>
        <translation>the last history row of opportunity </translation>
    </message>
    <message>
        <source> must be its stage </source>
        <translation> must be its stage </translation>
    </message>
    <message>
        <source>cancelled_on </source>
        <translation>cancelled_on </translation>
    </message>
    <message>
        <source> is before order_date </source>
        <translation> is before order_date </translation>
    </message>
    <message>
        <source>share must be more than 0 and at most 1: </source>
        <translation>share must be more than 0 and at most 1: </translation>
    </message>
    <message>
        <source>the non-overlay shares of order </source>
        <translation>the non-overlay shares of order </translation>
    </message>
    <message>
        <source> sum to </source>
        <translation> sum to </translation>
    </message>
    <message>
        <source>, must be exactly 1</source>
        <translation>, must be exactly 1</translation>
    </message>
    <message>
        <source>a payment must be more than 0: </source>
        <translation>a payment must be more than 0: </translation>
    </message>
    <message>
        <source>target </source>
        <translation>target </translation>
    </message>
    <message>
        <source>) is approved (version </source>
        <translation>) is approved (version </translation>
    </message>
    <message>
        <source>); kept </source>
        <translation>); kept </translation>
    </message>
    <message>
        <source> instead of </source>
        <translation> instead of </translation>
    </message>
    <message>
        <source> — revise it in the Targets view</source>
        <translation> — revise it in the Targets view</translation>
    </message>
</context>
<context>
    <name>IncentiveExport</name>
    <message>
        <source>Incentive statement %1 %2</source>
        <translation>Incentive statement %1 %2</translation>
    </message>
    <message>
        <source>threshold not met</source>
        <translation>threshold not met</translation>
    </message>
    <message>
        <source>cap applied</source>
        <translation>cap applied</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>provisional</translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation>Payroll</translation>
    </message>
    <message>
        <source>Incentive payroll</source>
        <translation>Incentive payroll</translation>
    </message>
    <message>
        <source>Rep ID</source>
        <translation>Rep ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Org unit</source>
        <translation>Org unit</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Components</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Attainment</translation>
    </message>
    <message>
        <source>Tier / step / rank / grade</source>
        <translation>Tier / step / rank / grade</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>Multiplier</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>Booked in</source>
        <translation>Booked in</translation>
    </message>
    <message>
        <source>cannot create the folder </source>
        <translation>cannot create the folder </translation>
    </message>
    <message>
        <source>Incentive statement</source>
        <translation>Incentive statement</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>No incentive plan applies to this rep for the period.</source>
        <translation>No incentive plan applies to this rep for the period.</translation>
    </message>
    <message>
        <source>The total is the sum of the components that are not errors; a component in error is not paid until its cause is fixed.</source>
        <translation>The total is the sum of the components that are not errors; a component in error is not paid until its cause is fixed.</translation>
    </message>
    <message>
        <source>not paid</source>
        <translation>not paid</translation>
    </message>
    <message>
        <source>Not paid: %1</source>
        <translation>Not paid: %1</translation>
    </message>
    <message>
        <source>Actual A (sum of the lines)</source>
        <translation>Actual A (sum of the lines)</translation>
    </message>
    <message>
        <source>Target T</source>
        <translation>Target T</translation>
    </message>
    <message>
        <source>Attainment a = A / T</source>
        <translation>Attainment a = A / T</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>marginal (分段累进)</source>
        <translation>marginal (分段累进)</translation>
    </message>
    <message>
        <source>retroactive (全额累进)</source>
        <translation>retroactive (全额累进)</translation>
    </message>
    <message>
        <source>Tier containing a</source>
        <translation>Tier containing a</translation>
    </message>
    <message>
        <source>tier %1, rate %2</source>
        <translation>tier %1, rate %2</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>not met</translation>
    </message>
    <message>
        <source>Effective rate e = C₀ / A</source>
        <translation>Effective rate e = C₀ / A</translation>
    </message>
    <message>
        <source>Σ amount × multiplier</source>
        <translation>Σ amount × multiplier</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Cap</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>applied</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>not reached</translation>
    </message>
    <message>
        <source>from %1: %2</source>
        <translation>from %1: %2</translation>
    </message>
    <message>
        <source>Tiers of the plan: %1.</source>
        <translation>Tiers of the plan: %1.</translation>
    </message>
    <message>
        <source>Category multipliers: %1; other categories × 1.</source>
        <translation>Category multipliers: %1; other categories × 1.</translation>
    </message>
    <message>
        <source>The attainment is below the threshold, so no commission is paid this period.</source>
        <translation>The attainment is below the threshold, so no commission is paid this period.</translation>
    </message>
    <message>
        <source>There is no positive actual, so the commission is 0.</source>
        <translation>There is no positive actual, so the commission is 0.</translation>
    </message>
    <message>
        <source>Tier from</source>
        <translation>Tier from</translation>
    </message>
    <message>
        <source>Part of A in the tier</source>
        <translation>Part of A in the tier</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Each tier&apos;s rate applies to the part of A that falls in it: C₀ = %1.</source>
        <translation>Each tier&apos;s rate applies to the part of A that falls in it: C₀ = %1.</translation>
    </message>
    <message>
        <source>The rate of the tier containing a applies to all of A: C₀ = %1 × %2 = %3.</source>
        <translation>The rate of the tier containing a applies to all of A: C₀ = %1 × %2 = %3.</translation>
    </message>
    <message>
        <source>C = e × Σ amount × multiplier = %1 × %2</source>
        <translation>C = e × Σ amount × multiplier = %1 × %2</translation>
    </message>
    <message>
        <source>limited to the cap %1</source>
        <translation>limited to the cap %1</translation>
    </message>
    <message>
        <source>paid, rounded once to the cent: %1.</source>
        <translation>paid, rounded once to the cent: %1.</translation>
    </message>
    <message>
        <source>No lines in this period.</source>
        <translation>No lines in this period.</translation>
    </message>
    <message>
        <source>what-if</source>
        <translation>what-if</translation>
    </message>
    <message>
        <source>Amount × multiplier</source>
        <translation>Amount × multiplier</translation>
    </message>
    <message>
        <source>Share of C</source>
        <translation>Share of C</translation>
    </message>
    <message>
        <source>The lines share the commission in proportion to amount × multiplier, so the shares add up to it exactly (to the cent).</source>
        <translation>The lines share the commission in proportion to amount × multiplier, so the shares add up to it exactly (to the cent).</translation>
    </message>
    <message>
        <source>Orders booked in an earlier period and cancelled in this one: each line is minus that order&apos;s share of the commission on the statement of the period it was booked in — the approved statement when that period&apos;s was approved (marked *), else that period as calculated today.</source>
        <translation>Orders booked in an earlier period and cancelled in this one: each line is minus that order&apos;s share of the commission on the statement of the period it was booked in — the approved statement when that period&apos;s was approved (marked *), else that period as calculated today.</translation>
    </message>
    <message>
        <source>Nothing is clawed back this period.</source>
        <translation>Nothing is clawed back this period.</translation>
    </message>
    <message>
        <source>Clawed back</source>
        <translation>Clawed back</translation>
    </message>
    <message>
        <source>Actual A</source>
        <translation>Actual A</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>reached</translation>
    </message>
    <message>
        <source>Step from</source>
        <translation>Step from</translation>
    </message>
    <message>
        <source>Pays</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>The highest step with attainment ≤ a is step %1: %2.</source>
        <translation>The highest step with attainment ≤ a is step %1: %2.</translation>
    </message>
    <message>
        <source>No step is reached, so no bonus is paid.</source>
        <translation>No step is reached, so no bonus is paid.</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Coefficient</source>
        <translation>Coefficient</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Base × coefficient of the grade = %1 × %2 = %3.</source>
        <translation>Base × coefficient of the grade = %1 × %2 = %3.</translation>
    </message>
    <message>
        <source>Provisional: the quarter&apos;s appraisal is not signed off yet.</source>
        <translation>Provisional: the quarter&apos;s appraisal is not signed off yet.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation>not ranked</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Titles</translation>
    </message>
    <message>
        <source>Prize</source>
        <translation>Prize</translation>
    </message>
    <message>
        <source>Only values above 0 are ranked, highest first; reps tied share the money prizes of the ranks they cover and each gets every title among them.</source>
        <translation>Only values above 0 are ranked, highest first; reps tied share the money prizes of the ranks they cover and each gets every title among them.</translation>
    </message>
    <message>
        <source>Clawback</source>
        <translation>Clawback</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Grade bonus</source>
        <translation>Grade bonus</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>Contest</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation>Gross profit</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>New customers</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
</context>
<context>
    <name>KpiTemplateDialog</name>
    <message>
        <source>money</source>
        <translation>money</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>ratio</source>
        <translation>ratio</translation>
    </message>
    <message>
        <source>score 0–100</source>
        <translation>score 0–100</translation>
    </message>
    <message>
        <source>KPI in row %1 (no code)</source>
        <translation>KPI in row %1 (no code)</translation>
    </message>
    <message>
        <source>KPI “%1”</source>
        <translation>KPI “%1”</translation>
    </message>
    <message>
        <source>item %1 (%2)</source>
        <translation>item %1 (%2)</translation>
    </message>
    <message>
        <source>the code is empty.</source>
        <translation>the code is empty.</translation>
    </message>
    <message>
        <source>the code may not contain spaces, commas or quotes.</source>
        <translation>the code may not contain spaces, commas or quotes.</translation>
    </message>
    <message>
        <source>“%1” is a built-in KPI; a manual KPI needs another code.</source>
        <translation>“%1” is a built-in KPI; a manual KPI needs another code.</translation>
    </message>
    <message>
        <source>another manual KPI has the code “%1”.</source>
        <translation>another manual KPI has the code “%1”.</translation>
    </message>
    <message>
        <source>the name is empty.</source>
        <translation>the name is empty.</translation>
    </message>
    <message>
        <source>the code is also used by template %1.</source>
        <translation>the code is also used by template %1.</translation>
    </message>
    <message>
        <source>%1 already has a template for %2, %3.</source>
        <translation>%1 already has a template for %2, %3.</translation>
    </message>
    <message>
        <source>any level</source>
        <translation>any level</translation>
    </message>
    <message>
        <source>a template needs at least one item.</source>
        <translation>a template needs at least one item.</translation>
    </message>
    <message>
        <source>the weights sum to %1 (%2); they must sum to exactly 100.</source>
        <translation>the weights sum to %1 (%2); they must sum to exactly 100.</translation>
    </message>
    <message>
        <source>the KPI code “%1” is neither built in nor in the KPI library.</source>
        <translation>the KPI code “%1” is neither built in nor in the KPI library.</translation>
    </message>
    <message>
        <source>%1 is already item %2 of this template.</source>
        <translation>%1 is already item %2 of this template.</translation>
    </message>
    <message>
        <source>the weight must be more than 0, not %1.</source>
        <translation>the weight must be more than 0, not %1.</translation>
    </message>
    <message>
        <source>the floor %1 is above the cap %2.</source>
        <translation>the floor %1 is above the cap %2.</translation>
    </message>
    <message>
        <source>the threshold may not be negative (%1).</source>
        <translation>the threshold may not be negative (%1).</translation>
    </message>
    <message>
        <source>a bands rule needs at least one band (minimum attainment, score).</source>
        <translation>a bands rule needs at least one band (minimum attainment, score).</translation>
    </message>
    <message>
        <source>band %1: the minimum attainment may not be negative (%2).</source>
        <translation>band %1: the minimum attainment may not be negative (%2).</translation>
    </message>
    <message>
        <source>band %1: the minimum attainment %2 is already a band.</source>
        <translation>band %1: the minimum attainment %2 is already a band.</translation>
    </message>
    <message>
        <source>this rule scores the attainment, so the item needs a target (the owner&apos;s target or a fixed value).</source>
        <translation>this rule scores the attainment, so the item needs a target (the owner&apos;s target or a fixed value).</translation>
    </message>
    <message>
        <source>a fixed target must be more than 0, not %1 (the item would never count).</source>
        <translation>a fixed target must be more than 0, not %1 (the item would never count).</translation>
    </message>
    <message>
        <source>%1 has no targets to read (only revenue, gross profit, collections and new customers have them); give a fixed target.</source>
        <translation>%1 has no targets to read (only revenue, gross profit, collections and new customers have them); give a fixed target.</translation>
    </message>
    <message>
        <source>a direct or behaviour-anchored rule needs a manual KPI (a score or a level entered per rep); %1 is computed.</source>
        <translation>a direct or behaviour-anchored rule needs a manual KPI (a score or a level entered per rep); %1 is computed.</translation>
    </message>
    <message>
        <source>describe all five levels of the behaviour anchors, or none.</source>
        <translation>describe all five levels of the behaviour anchors, or none.</translation>
    </message>
    <message>
        <source>Template %1 (no code)</source>
        <translation>Template %1 (no code)</translation>
    </message>
    <message>
        <source>Template “%1”</source>
        <translation>Template “%1”</translation>
    </message>
    <message>
        <source>(no code)</source>
        <translation>(no code)</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Process</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Owner&apos;s target</source>
        <translation>Owner&apos;s target</translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>Fixed: %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Total weight: %1</source>
        <translation>Total weight: %1</translation>
    </message>
    <message>
        <source>Total weight: %1 — must be exactly 100</source>
        <translation>Total weight: %1 — must be exactly 100</translation>
    </message>
</context>
<context>
    <name>LastChange</name>
    <message>
        <source>Last changed by %1 on %2</source>
        <translation>Last changed by %1 on %2</translation>
    </message>
</context>
<context>
    <name>MeetingPack</name>
    <message>
        <source>1:1 · %1 (%2)</source>
        <translation>1:1 · %1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2 to %3 · amounts in %4</source>
        <translation>%1 · %2 to %3 · amounts in %4</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation>Gross profit</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>New customers</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation>Month to date</translation>
    </message>
    <message>
        <source>Quarter to date</source>
        <translation>Quarter to date</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>New customer</translation>
    </message>
    <message>
        <source>First order</source>
        <translation>First order</translation>
    </message>
    <message>
        <source>Profile changed</source>
        <translation>Profile changed</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Advanced</translation>
    </message>
    <message>
        <source>Regressed</source>
        <translation>Regressed</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Stalled</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>Over 180 days</source>
        <translation>Over 180 days</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>New-hire</source>
        <translation>New-hire</translation>
    </message>
    <message>
        <source>Continuing</source>
        <translation>Continuing</translation>
    </message>
    <message>
        <source>Collection rate</source>
        <translation>Collection rate</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Win rate</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>360-degree review</source>
        <translation>360-degree review</translation>
    </message>
    <message>
        <source>Meeting pack %1 · %2</source>
        <translation>Meeting pack %1 · %2</translation>
    </message>
    <message>
        <source>None this week.</source>
        <translation>None this week.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>Span</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Attainment</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>2 · Customer profile changes</source>
        <translation>2 · Customer profile changes</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>3 · Visit plan and visits done</source>
        <translation>3 · Visit plan and visits done</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Planned and visited</source>
        <translation>Planned and visited</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>Visited without plan</source>
        <translation>Visited without plan</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Demos</source>
        <translation>Demos</translation>
    </message>
    <message>
        <source>4 · Opportunity tracker and the week&apos;s changes</source>
        <translation>4 · Opportunity tracker and the week&apos;s changes</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Stage at start</source>
        <translation>Stage at start</translation>
    </message>
    <message>
        <source>Stage at end</source>
        <translation>Stage at end</translation>
    </message>
    <message>
        <source>5 · Collection tracker</source>
        <translation>5 · Collection tracker</translation>
    </message>
    <message>
        <source>Collected this week</source>
        <translation>Collected this week</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Collection rate (month)</source>
        <translation>Collection rate (month)</translation>
    </message>
    <message>
        <source>Overdue receivables</source>
        <translation>Overdue receivables</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>Days past due</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>Aging</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Funnel</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Weighted</translation>
    </message>
    <message>
        <source>This week:</source>
        <translation>This week:</translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>no changes</translation>
    </message>
    <message>
        <source>Open appraisal items</source>
        <translation>Open appraisal items</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>Not appraised this quarter.</source>
        <translation>Not appraised this quarter.</translation>
    </message>
    <message>
        <source>Every item at or above target.</source>
        <translation>Every item at or above target.</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>No training records.</source>
        <translation>No training records.</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <source>Coaching notes</source>
        <translation>Coaching notes</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>No notes yet.</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>1 · Targets and attainment</source>
        <translation>1 · Targets and attainment</translation>
    </message>
    <message>
        <source>1 Targets</source>
        <translation>1 Targets</translation>
    </message>
    <message>
        <source>Targets and attainment</source>
        <translation>Targets and attainment</translation>
    </message>
    <message>
        <source>2 Customers</source>
        <translation>2 Customers</translation>
    </message>
    <message>
        <source>Customer profile changes</source>
        <translation>Customer profile changes</translation>
    </message>
    <message>
        <source>3 Visits</source>
        <translation>3 Visits</translation>
    </message>
    <message>
        <source>Visit plan and visits done</source>
        <translation>Visit plan and visits done</translation>
    </message>
    <message>
        <source>Visit dates</source>
        <translation>Visit dates</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>4 Opportunities</source>
        <translation>4 Opportunities</translation>
    </message>
    <message>
        <source>Opportunity tracker and the week&apos;s changes</source>
        <translation>Opportunity tracker and the week&apos;s changes</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Expected close</translation>
    </message>
    <message>
        <source>5 Collections</source>
        <translation>5 Collections</translation>
    </message>
    <message>
        <source>Collection tracker</source>
        <translation>Collection tracker</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Order date</translation>
    </message>
</context>
<context>
    <name>Receivables</name>
    <message>
        <source>Receivables as of %1</source>
        <translation>Receivables as of %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Collection rate</source>
        <translation>Collection rate</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>Orders due</source>
        <translation>Orders due</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Reps</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Order date</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>Days past due</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>Aging</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Credit risk</source>
        <translation>Credit risk</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <source>Over credit limit</source>
        <translation>Over credit limit</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Over 90 days</translation>
    </message>
    <message>
        <source>Amount over 90 days</source>
        <translation>Amount over 90 days</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>SectionAccess</name>
    <message>
        <source>Not available to the HR role: the team server keeps the funnel, the customers and the sales dashboard to the sales roles.</source>
        <translation>Not available to the HR role: the team server keeps the funnel, the customers and the sales dashboard to the sales roles.</translation>
    </message>
</context>
<context>
    <name>SectionInfo</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Funnel</translation>
    </message>
    <message>
        <source>KPI &amp; Appraisal</source>
        <translation>KPI &amp; Appraisal</translation>
    </message>
    <message>
        <source>Incentives</source>
        <translation>Incentives</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>The state of the business at a glance: targets, pipeline, collections and the team.</source>
        <translation>The state of the business at a glance: targets, pipeline, collections and the team.</translation>
    </message>
    <message>
        <source>Annual target decomposition across the org tree, months and customer segments.</source>
        <translation>Annual target decomposition across the org tree, months and customer segments.</translation>
    </message>
    <message>
        <source>The sales funnel by stage, with conversion, velocity and health flags.</source>
        <translation>The sales funnel by stage, with conversion, velocity and health flags.</translation>
    </message>
    <message>
        <source>Quarterly KPI scoring, 360° reviews, grades and the appraisal sheet for HR.</source>
        <translation>Quarterly KPI scoring, 360° reviews, grades and the appraisal sheet for HR.</translation>
    </message>
    <message>
        <source>Commission, bonuses and sales contests, calculated per rep and period.</source>
        <translation>Commission, bonuses and sales contests, calculated per rep and period.</translation>
    </message>
    <message>
        <source>Every customer with its opportunities, orders, payments and activities.</source>
        <translation>Every customer with its opportunities, orders, payments and activities.</translation>
    </message>
    <message>
        <source>The org tree, the reps and the team&apos;s talent ladder.</source>
        <translation>The org tree, the reps and the team&apos;s talent ladder.</translation>
    </message>
    <message>
        <source>Attainment of this period&apos;s targets, with the gap and a run-rate projection</source>
        <translation>Attainment of this period&apos;s targets, with the gap and a run-rate projection</translation>
    </message>
    <message>
        <source>Weighted pipeline and coverage against the quarter&apos;s target</source>
        <translation>Weighted pipeline and coverage against the quarter&apos;s target</translation>
    </message>
    <message>
        <source>Receivables aging and this month&apos;s collections</source>
        <translation>Receivables aging and this month&apos;s collections</translation>
    </message>
    <message>
        <source>Stalled deals and reps who need attention</source>
        <translation>Stalled deals and reps who need attention</translation>
    </message>
    <message>
        <source>Decompose a company target to regions, teams and reps: equal, weights, history or capacity</source>
        <translation>Decompose a company target to regions, teams and reps: equal, weights, history or capacity</translation>
    </message>
    <message>
        <source>Split each year into fiscal months by seasonality, and into existing and new customers</source>
        <translation>Split each year into fiscal months by seasonality, and into existing and new customers</translation>
    </message>
    <message>
        <source>Reconcile top-down figures with what the teams submit bottom-up</source>
        <translation>Reconcile top-down figures with what the teams submit bottom-up</translation>
    </message>
    <message>
        <source>Draft, approve and revise targets, keeping every version</source>
        <translation>Draft, approve and revise targets, keeping every version</translation>
    </message>
    <message>
        <source>Count, amount and weighted amount per stage as of any day</source>
        <translation>Count, amount and weighted amount per stage as of any day</translation>
    </message>
    <message>
        <source>Stage-to-stage conversion, win rate, cycle length and velocity</source>
        <translation>Stage-to-stage conversion, win rate, cycle length and velocity</translation>
    </message>
    <message>
        <source>Health flags for stalled and overdue deals</source>
        <translation>Health flags for stalled and overdue deals</translation>
    </message>
    <message>
        <source>The weekly change report for the team meeting (PDF, Excel)</source>
        <translation>The weekly change report for the team meeting (PDF, Excel)</translation>
    </message>
    <message>
        <source>KPI templates per role and level with weights and scoring rules</source>
        <translation>KPI templates per role and level with weights and scoring rules</translation>
    </message>
    <message>
        <source>Scores, totals and grades per rep for each quarter</source>
        <translation>Scores, totals and grades per rep for each quarter</translation>
    </message>
    <message>
        <source>360° reviews from supervisors, peers, customers and self</source>
        <translation>360° reviews from supervisors, peers, customers and self</translation>
    </message>
    <message>
        <source>The appraisal sheet for HR (Excel, one PDF per rep)</source>
        <translation>The appraisal sheet for HR (Excel, one PDF per rep)</translation>
    </message>
    <message>
        <source>Tiered commission, marginal or retroactive, with caps and thresholds</source>
        <translation>Tiered commission, marginal or retroactive, with caps and thresholds</translation>
    </message>
    <message>
        <source>Attainment bonuses, grade bonuses and contest prizes</source>
        <translation>Attainment bonuses, grade bonuses and contest prizes</translation>
    </message>
    <message>
        <source>Clawbacks for cancelled orders</source>
        <translation>Clawbacks for cancelled orders</translation>
    </message>
    <message>
        <source>A statement per rep with every input shown</source>
        <translation>A statement per rep with every input shown</translation>
    </message>
    <message>
        <source>Search and sort every customer</source>
        <translation>Search and sort every customer</translation>
    </message>
    <message>
        <source>Opportunities, orders, payments and activities of each</source>
        <translation>Opportunities, orders, payments and activities of each</translation>
    </message>
    <message>
        <source>The org tree from company to regions, teams and reps</source>
        <translation>The org tree from company to regions, teams and reps</translation>
    </message>
    <message>
        <source>Levels, tenure and capacity of each rep</source>
        <translation>Levels, tenure and capacity of each rep</translation>
    </message>
    <message>
        <source>The talent ladder against the team&apos;s target composition</source>
        <translation>The talent ladder against the team&apos;s target composition</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <source>Fiscal year starts in:</source>
        <translation>Fiscal year starts in:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Currency:</translation>
    </message>
    <message>
        <source>A deal stalls after:</source>
        <translation>A deal stalls after:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Sales stages</source>
        <translation>Sales stages</translation>
    </message>
    <message>
        <source>The open stages of the sales process, in order. Won and lost are always there.</source>
        <translation>The open stages of the sales process, in order. Won and lost are always there.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Win probability %</source>
        <translation>Win probability %</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
</context>
<context>
    <name>StaleEditMessage</name>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>Appraisal</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>%1 %2 was removed by someone else (another window or salesctl) since you read it, so &quot;%3&quot; was not saved.</source>
        <translation>%1 %2 was removed by someone else (another window or salesctl) since you read it, so &quot;%3&quot; was not saved.</translation>
    </message>
    <message>
        <source>%1 %2 was changed by someone else (another window or salesctl) since you read it, so &quot;%3&quot; was not saved.</source>
        <translation>%1 %2 was changed by someone else (another window or salesctl) since you read it, so &quot;%3&quot; was not saved.</translation>
    </message>
    <message>
        <source>It now reads: %1.</source>
        <translation>It now reads: %1.</translation>
    </message>
    <message>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>%1 %2 was changed by %3 on %4 since you read it, so &quot;%5&quot; was not saved.</source>
        <translation>%1 %2 was changed by %3 on %4 since you read it, so &quot;%5&quot; was not saved.</translation>
    </message>
    <message>
        <source>Nothing was written. The view was reloaded and shows the current data; make the change again if it is still needed.</source>
        <translation>Nothing was written. The view was reloaded and shows the current data; make the change again if it is still needed.</translation>
    </message>
    <message>
        <source>Org unit</source>
        <translation>Org unit</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <source>Training record</source>
        <translation>Training record</translation>
    </message>
    <message>
        <source>Coaching note</source>
        <translation>Coaching note</translation>
    </message>
</context>
<context>
    <name>TargetMessages</name>
    <message>
        <source>The target %1 cannot be negative.</source>
        <translation>The target %1 cannot be negative.</translation>
    </message>
    <message>
        <source>The target %1 is approved and locked: change it with Revise and a reason.</source>
        <translation>The target %1 is approved and locked: change it with Revise and a reason.</translation>
    </message>
    <message>
        <source>The target %1 is a draft: edit it directly (only an approved target is revised).</source>
        <translation>The target %1 is a draft: edit it directly (only an approved target is revised).</translation>
    </message>
    <message>
        <source>The target %1 is already approved.</source>
        <translation>The target %1 is already approved.</translation>
    </message>
    <message>
        <source>The target %1 has no figure to approve.</source>
        <translation>The target %1 has no figure to approve.</translation>
    </message>
    <message>
        <source>The target %1 has no responsible person (目标三定): it cannot be approved.</source>
        <translation>The target %1 has no responsible person (目标三定): it cannot be approved.</translation>
    </message>
    <message>
        <source>The target %1 feeds no KPI item (目标三定): it cannot be approved.</source>
        <translation>The target %1 feeds no KPI item (目标三定): it cannot be approved.</translation>
    </message>
    <message>
        <source>A revision of %1 needs a reason.</source>
        <translation>A revision of %1 needs a reason.</translation>
    </message>
    <message>
        <source>The revision of %1 gives the figure already approved.</source>
        <translation>The revision of %1 gives the figure already approved.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>No workspace is open.</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>The target %1 is approved and locked: its responsible person and KPI item cannot be changed (a revision changes only the figure). Nothing was changed.</source>
        <translation>The target %1 is approved and locked: its responsible person and KPI item cannot be changed (a revision changes only the figure). Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>TeamUnitStatus</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active unit(s) under it: %1. Deactivate or move them first.</source>
        <translation>
            <numerusform>%n active unit under it: %1. Deactivate or move it first.</numerusform>
            <numerusform>%n active units under it: %1. Deactivate or move them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) who have not left on %1: %2. Move them to another team (Move Rep) or set their leave date first.</source>
        <translation>
            <numerusform>%n rep who has not left on %1: %2. Move them to another team (Move Rep) or set their leave date first.</numerusform>
            <numerusform>%n reps who have not left on %1: %2. Move them to another team (Move Rep) or set their leave date first.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot be deactivated; it still has %2</source>
        <translation>%1 cannot be deactivated; it still has %2</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>No workspace is open.</translation>
    </message>
    <message>
        <source>There is no unit %1.</source>
        <translation>There is no unit %1.</translation>
    </message>
    <message>
        <source>%1 is the company: it cannot be deactivated.</source>
        <translation>%1 is the company: it cannot be deactivated.</translation>
    </message>
    <message>
        <source>%1 is already inactive.</source>
        <translation>%1 is already inactive.</translation>
    </message>
    <message>
        <source>Deactivate unit %1</source>
        <translation>Deactivate unit %1</translation>
    </message>
    <message>
        <source>%1 is already active.</source>
        <translation>%1 is already active.</translation>
    </message>
    <message>
        <source>%1 is under %2, which is inactive: reactivate %2 first.</source>
        <translation>%1 is under %2, which is inactive: reactivate %2 first.</translation>
    </message>
    <message>
        <source>Reactivate unit %1</source>
        <translation>Reactivate unit %1</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>Change Settings</source>
        <translation>Change Settings</translation>
    </message>
    <message>
        <source>Edit opportunity %1</source>
        <translation>Edit opportunity %1</translation>
    </message>
    <message>
        <source>Sign Off Appraisal</source>
        <translation>Sign Off Appraisal</translation>
    </message>
    <message>
        <source>Advance Appraisal</source>
        <translation>Advance Appraisal</translation>
    </message>
    <message>
        <source>Edit Self Comment</source>
        <translation>Edit Self Comment</translation>
    </message>
    <message>
        <source>Edit Manager Comment</source>
        <translation>Edit Manager Comment</translation>
    </message>
    <message>
        <source>Calibrate Grade</source>
        <translation>Calibrate Grade</translation>
    </message>
    <message>
        <source>Reopen Appraisal</source>
        <translation>Reopen Appraisal</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Settings not saved</translation>
    </message>
    <message>
        <source>Edit KPI Templates</source>
        <translation>Edit KPI Templates</translation>
    </message>
    <message>
        <source>Add 360 Review</source>
        <translation>Add 360 Review</translation>
    </message>
    <message>
        <source>Edit 360 Review</source>
        <translation>Edit 360 Review</translation>
    </message>
    <message>
        <source>Delete 360 Review</source>
        <translation>Delete 360 Review</translation>
    </message>
</context>
<context>
    <name>sd::app::AboutDialog</name>
    <message>
        <source>About Salesdesk</source>
        <translation>About Salesdesk</translation>
    </message>
    <message>
        <source>Salesdesk %1</source>
        <translation>Salesdesk %1</translation>
    </message>
    <message>
        <source>Sales management for teams: targets, funnel, KPI and appraisal, incentives and customers.

Built with Qt %1, running on Qt %2.</source>
        <translation>Sales management for teams: targets, funnel, KPI and appraisal, incentives and customers.

Built with Qt %1, running on Qt %2.</translation>
    </message>
    <message>
        <source>Released under the MIT licence:</source>
        <translation>Released under the MIT licence:</translation>
    </message>
</context>
<context>
    <name>sd::app::ActivityDialog</name>
    <message>
        <source>Log Activity — %1</source>
        <translation>Log Activity — %1</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>What was discussed, next step</source>
        <translation>What was discussed, next step</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Rep: choose who had the activity.</source>
        <translation>Rep: choose who had the activity.</translation>
    </message>
    <message>
        <source>Date: an activity is logged when it happened, not in the future (plan visits in the visit plan).</source>
        <translation>Date: an activity is logged when it happened, not in the future (plan visits in the visit plan).</translation>
    </message>
</context>
<context>
    <name>sd::app::AppraisalDetailWidget</name>
    <message>
        <source>Select a rep in the table to see the scorecard and the workflow.</source>
        <translation>Select a rep in the table to see the scorecard and the workflow.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>%1 (scored %2, calibrated)</source>
        <translation>%1 (scored %2, calibrated)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source> (lower is better: target ÷ actual)</source>
        <translation> (lower is better: target ÷ actual)</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>360 score: %1</source>
        <translation>360 score: %1</translation>
    </message>
    <message>
        <source>No 360 reviews for this period.</source>
        <translation>No 360 reviews for this period.</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <source> · signed off on %1 by %2</source>
        <translation> · signed off on %1 by %2</translation>
    </message>
    <message>
        <source>Sign off</source>
        <translation>Sign off</translation>
    </message>
    <message>
        <source>Advance to %1</source>
        <translation>Advance to %1</translation>
    </message>
    <message>
        <source>Signed off</source>
        <translation>Signed off</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Scorecard</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Attainment</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation>Perspective</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Reviewers</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Score by perspective (balanced scorecard)</source>
        <translation>Score by perspective (balanced scorecard)</translation>
    </message>
    <message>
        <source>360-degree review</source>
        <translation>360-degree review</translation>
    </message>
    <message>
        <source>Self comment</source>
        <translation>Self comment</translation>
    </message>
    <message>
        <source>Manager comment</source>
        <translation>Manager comment</translation>
    </message>
    <message>
        <source>Calibrate grade</source>
        <translation>Calibrate grade</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Who did what and when</source>
        <translation>Who did what and when</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Calibrate</source>
        <translation>Calibrate</translation>
    </message>
    <message>
        <source>Reason for the grade change (required)</source>
        <translation>Reason for the grade change (required)</translation>
    </message>
    <message>
        <source>Reason for reopening (required)</source>
        <translation>Reason for reopening (required)</translation>
    </message>
    <message>
        <source>360 reviews</source>
        <translation>360 reviews</translation>
    </message>
</context>
<context>
    <name>sd::app::AppraisalDistributionChart</name>
    <message>
        <source>Reps</source>
        <translation>Reps</translation>
    </message>
    <message>
        <source>Most the rule allows</source>
        <translation>Most the rule allows</translation>
    </message>
    <message>
        <source>%1 graded · %2: %3 (max %4) · %5: %6 (max %7) · %8</source>
        <translation>%1 graded · %2: %3 (max %4) · %5: %6 (max %7) · %8</translation>
    </message>
    <message>
        <source>within the rule</source>
        <translation>within the rule</translation>
    </message>
    <message>
        <source>breaks the rule</source>
        <translation>breaks the rule</translation>
    </message>
</context>
<context>
    <name>sd::app::AppraisalPanel</name>
    <message>
        <source>All teams</source>
        <translation>All teams</translation>
    </message>
    <message>
        <source>Could not score the appraisal: %1</source>
        <translation>Could not score the appraisal: %1</translation>
    </message>
    <message>
        <source>Scoring %1…</source>
        <translation>Scoring %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) appraised for %1; %2 signed off.</source>
        <translation>
            <numerusform>%n rep appraised for %1; %2 signed off.</numerusform>
            <numerusform>%n reps appraised for %1; %2 signed off.</numerusform>
        </translation>
    </message>
    <message>
        <source>The appraisal of %1 is signed off and locked. Reopen it, with a reason, before changing it.</source>
        <translation>The appraisal of %1 is signed off and locked. Reopen it, with a reason, before changing it.</translation>
    </message>
    <message>
        <source>This is not possible while the appraisal is in state &quot;%1&quot;.</source>
        <translation>This is not possible while the appraisal is in state &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Write the reason first: it is kept in the record.</source>
        <translation>Write the reason first: it is kept in the record.</translation>
    </message>
    <message>
        <source>Choose one of the workspace&apos;s grades.</source>
        <translation>Choose one of the workspace&apos;s grades.</translation>
    </message>
    <message>
        <source>Only a signed-off appraisal is reopened.</source>
        <translation>Only a signed-off appraisal is reopened.</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>Appraisal</translation>
    </message>
    <message>
        <source>Export the appraisal sheet</source>
        <translation>Export the appraisal sheet</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Writing the appraisal sheet…</source>
        <translation>Writing the appraisal sheet…</translation>
    </message>
    <message>
        <source>The appraisal sheet was not written: %1</source>
        <translation>The appraisal sheet was not written: %1</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>Folder for the appraisal forms</source>
        <translation>Folder for the appraisal forms</translation>
    </message>
    <message>
        <source>Writing the appraisal forms…</source>
        <translation>Writing the appraisal forms…</translation>
    </message>
    <message>
        <source>The appraisal forms were not written: %1</source>
        <translation>The appraisal forms were not written: %1</translation>
    </message>
    <message>
        <source>Wrote the forms to %1</source>
        <translation>Wrote the forms to %1</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>Quarter:</translation>
    </message>
    <message>
        <source>Filter by rep name or ID…</source>
        <translation>Filter by rep name or ID…</translation>
    </message>
    <message>
        <source>Export xlsx…</source>
        <translation>Export xlsx…</translation>
    </message>
    <message>
        <source>Export PDF forms…</source>
        <translation>Export PDF forms…</translation>
    </message>
    <message>
        <source>KPI templates…</source>
        <translation>KPI templates…</translation>
    </message>
    <message>
        <source>The KPI library and the KPI templates per role and level</source>
        <translation>The KPI library and the KPI templates per role and level</translation>
    </message>
</context>
<context>
    <name>sd::app::AppraisalTableModel</name>
    <message>
        <source>Scored %1, calibrated to %2: %3</source>
        <translation>Scored %1, calibrated to %2: %3</translation>
    </message>
    <message>
        <source>Rep ID</source>
        <translation>Rep ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>sd::app::AuditLogDialog</name>
    <message>
        <source>Audit &amp;Log…</source>
        <translation>Audit &amp;Log…</translation>
    </message>
    <message>
        <source>All records</source>
        <translation>All records</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>All users</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Audit Log</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Record:</source>
        <translation>Record:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Search record, change, before and after</source>
        <translation>Search record, change, before and after</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>sd::app::AuditLogModel</name>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>Appraisal</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibration</translation>
    </message>
    <message>
        <source>Incentive plan</source>
        <translation>Incentive plan</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>When (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
</context>
<context>
    <name>sd::app::BackgroundTask</name>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>unexpected error</source>
        <translation>unexpected error</translation>
    </message>
</context>
<context>
    <name>sd::app::BackupActions</name>
    <message>
        <source>Scheduled backup written to %1</source>
        <translation>Scheduled backup written to %1</translation>
    </message>
    <message>
        <source>The scheduled backup failed: %1</source>
        <translation>The scheduled backup failed: %1</translation>
    </message>
    <message>
        <source>&amp;Back Up Workspace…</source>
        <translation>&amp;Back Up Workspace…</translation>
    </message>
    <message>
        <source>&amp;Restore Workspace from Backup…</source>
        <translation>&amp;Restore Workspace from Backup…</translation>
    </message>
    <message>
        <source>Backup &amp;Schedule…</source>
        <translation>Backup &amp;Schedule…</translation>
    </message>
    <message>
        <source>Back Up Workspace</source>
        <translation>Back Up Workspace</translation>
    </message>
    <message>
        <source>Salesdesk workspaces (*.sqlite)</source>
        <translation>Salesdesk workspaces (*.sqlite)</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Backing up to %1…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Backup failed</translation>
    </message>
    <message>
        <source>The workspace could not be backed up:

%1</source>
        <translation>The workspace could not be backed up:

%1</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <source>Restore Workspace from Backup</source>
        <translation>Restore Workspace from Backup</translation>
    </message>
    <message>
        <source>Salesdesk workspaces (*.sqlite);;All files (*)</source>
        <translation>Salesdesk workspaces (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Replace everything in %1 with the backup %2?

The current content is kept in the backups folder beside the workspace.</source>
        <translation>Replace everything in %1 with the backup %2?

The current content is kept in the backups folder beside the workspace.</translation>
    </message>
    <message>
        <source>Checking and restoring %1…</source>
        <translation>Checking and restoring %1…</translation>
    </message>
    <message>
        <source>Restore refused</source>
        <translation>Restore refused</translation>
    </message>
    <message>
        <source>The backup could not be restored; the workspace was not changed.

%1</source>
        <translation>The backup could not be restored; the workspace was not changed.

%1</translation>
    </message>
    <message>
        <source>%1 was restored from %2.</source>
        <translation>%1 was restored from %2.</translation>
    </message>
    <message>
        <source>%1 was restored from %2.

The replaced content is kept in %3.</source>
        <translation>%1 was restored from %2.

The replaced content is kept in %3.</translation>
    </message>
    <message>
        <source>Backup Schedule</source>
        <translation>Backup Schedule</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Back up when the last backup is older than:</source>
        <translation>Back up when the last backup is older than:</translation>
    </message>
    <message>
        <source>Scheduled backups kept:</source>
        <translation>Scheduled backups kept:</translation>
    </message>
</context>
<context>
    <name>sd::app::CareListWidget</name>
    <message>
        <source>Select a rep to see its care reminders.</source>
        <translation>Select a rep to see its care reminders.</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Founding day</source>
        <translation>Founding day</translation>
    </message>
    <message>
        <source>Not contacted since</source>
        <translation>Not contacted since</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 as of %2: %3 key date(s) in the next %4 days, %5 customer(s) not contacted for %6 days or more.</source>
        <translation>%1 as of %2: %3 key date(s) in the next %4 days, %5 customer(s) not contacted for %6 days or more.</translation>
    </message>
    <message>
        <source>Not contacted for (days):</source>
        <translation>Not contacted for (days):</translation>
    </message>
    <message>
        <source>Key dates within (days):</source>
        <translation>Key dates within (days):</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
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
        <translation>New Coaching Note</translation>
    </message>
    <message>
        <source>Edit Coaching Note</source>
        <translation>Edit Coaching Note</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Date: &apos;%1&apos; is not a date (YYYY-MM-DD).</source>
        <translation>Date: &apos;%1&apos; is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Note: required.</source>
        <translation>Note: required.</translation>
    </message>
</context>
<context>
    <name>sd::app::CoachingNotesWidget</name>
    <message>
        <source>Select a rep to see its coaching notes.</source>
        <translation>Select a rep to see its coaching notes.</translation>
    </message>
    <message>
        <source>Notes of the 1:1 communication meetings with %1 (the meeting pack shows the last five).</source>
        <translation>Notes of the 1:1 communication meetings with %1 (the meeting pack shows the last five).</translation>
    </message>
    <message>
        <source>Coaching notes</source>
        <translation>Coaching notes</translation>
    </message>
    <message>
        <source>Add Note…</source>
        <translation>Add Note…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>sd::app::ConnectActions</name>
    <message>
        <source>Cannot connect to the team server</source>
        <translation>Cannot connect to the team server</translation>
    </message>
    <message>
        <source>The team workspace %1 could not be opened:

%2</source>
        <translation>The team workspace %1 could not be opened:

%2</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Connected to %1</translation>
    </message>
    <message>
        <source>&amp;Connect to Team Server…</source>
        <translation>&amp;Connect to Team Server…</translation>
    </message>
    <message>
        <source>Open a shared team workspace on a PostgreSQL server</source>
        <translation>Open a shared team workspace on a PostgreSQL server</translation>
    </message>
</context>
<context>
    <name>sd::app::ConnectDialog</name>
    <message>
        <source>Enter the server&apos;s host name or address.</source>
        <translation>Enter the server&apos;s host name or address.</translation>
    </message>
    <message>
        <source>The host &quot;%1&quot; is not a host name or address.</source>
        <translation>The host &quot;%1&quot; is not a host name or address.</translation>
    </message>
    <message>
        <source>Enter the name of the team database.</source>
        <translation>Enter the name of the team database.</translation>
    </message>
    <message>
        <source>The database name must not contain &apos;/&apos;.</source>
        <translation>The database name must not contain &apos;/&apos;.</translation>
    </message>
    <message>
        <source>Enter your user name on the server.</source>
        <translation>Enter your user name on the server.</translation>
    </message>
    <message>
        <source>The connection settings are not usable: %1</source>
        <translation>The connection settings are not usable: %1</translation>
    </message>
    <message>
        <source>Connect to Team Server</source>
        <translation>Connect to Team Server</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;TLS mode:</source>
        <translation>&amp;TLS mode:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <source>sales-db.example.com</source>
        <translation>sales-db.example.com</translation>
    </message>
    <message>
        <source>your login on the server</source>
        <translation>your login on the server</translation>
    </message>
    <message>
        <source>empty: PGPASSWORD or ~/.pgpass</source>
        <translation>empty: PGPASSWORD or ~/.pgpass</translation>
    </message>
    <message>
        <source>Disable (no encryption)</source>
        <translation>Disable (no encryption)</translation>
    </message>
    <message>
        <source>Prefer (encrypt when the server can)</source>
        <translation>Prefer (encrypt when the server can)</translation>
    </message>
    <message>
        <source>Require (always encrypt)</source>
        <translation>Require (always encrypt)</translation>
    </message>
    <message>
        <source>Verify full (encrypt and check the server&apos;s certificate and name)</source>
        <translation>Verify full (encrypt and check the server&apos;s certificate and name)</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
</context>
<context>
    <name>sd::app::ContactDialog</name>
    <message>
        <source>YYYY-MM-DD, optional</source>
        <translation>YYYY-MM-DD, optional</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>New Contact</translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation>Edit Contact</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Name: a contact needs a name.</source>
        <translation>Name: a contact needs a name.</translation>
    </message>
    <message>
        <source>E-mail: &apos;%1&apos; is not an e-mail address.</source>
        <translation>E-mail: &apos;%1&apos; is not an e-mail address.</translation>
    </message>
</context>
<context>
    <name>sd::app::CustomerDetailWidget</name>
    <message>
        <source>Won</source>
        <translation>Won</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>%1 · owner: %2</source>
        <translation>%1 · owner: %2</translation>
    </message>
    <message>
        <source>Industry:</source>
        <translation>Industry:</translation>
    </message>
    <message>
        <source>Customer since:</source>
        <translation>Customer since:</translation>
    </message>
    <message>
        <source>Payment terms:</source>
        <translation>Payment terms:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Credit limit:</source>
        <translation>Credit limit:</translation>
    </message>
    <message>
        <source>Founded:</source>
        <translation>Founded:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>Birthday:</translation>
    </message>
    <message>
        <source>Ordered (not cancelled):</source>
        <translation>Ordered (not cancelled):</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Paid:</translation>
    </message>
    <message>
        <source>Opportunities (%1)</source>
        <translation>Opportunities (%1)</translation>
    </message>
    <message>
        <source>Orders (%1)</source>
        <translation>Orders (%1)</translation>
    </message>
    <message>
        <source>Payments (%1)</source>
        <translation>Payments (%1)</translation>
    </message>
    <message>
        <source>Activities (%1)</source>
        <translation>Activities (%1)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Expected close</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation>Gross profit</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Opportunities</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>%1 (merged into %2)</source>
        <translation>%1 (merged into %2)</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <source>Contacts (%1)</source>
        <translation>Contacts (%1)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <source>Select a customer to see its profile, opportunities, orders, payments, activities and contacts.</source>
        <translation>Select a customer to see its profile, opportunities, orders, payments, activities and contacts.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
</context>
<context>
    <name>sd::app::CustomerEditDialog</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, optional</source>
        <translation>YYYY-MM-DD, optional</translation>
    </message>
    <message>
        <source>Edit Customer</source>
        <translation>Edit Customer</translation>
    </message>
    <message>
        <source>New Customer</source>
        <translation>New Customer</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Customer since</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <source>Birthday (key contact)</source>
        <translation>Birthday (key contact)</translation>
    </message>
    <message>
        <source>Founded on</source>
        <translation>Founded on</translation>
    </message>
    <message>
        <source>ID: a customer needs an id.</source>
        <translation>ID: a customer needs an id.</translation>
    </message>
    <message>
        <source>Name: a customer needs a name.</source>
        <translation>Name: a customer needs a name.</translation>
    </message>
    <message>
        <source>Owner: choose the rep who owns the customer.</source>
        <translation>Owner: choose the rep who owns the customer.</translation>
    </message>
    <message>
        <source>Credit limit: &apos;%1&apos; is not an amount ≥ 0 with at most two decimals.</source>
        <translation>Credit limit: &apos;%1&apos; is not an amount ≥ 0 with at most two decimals.</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Birthday</translation>
    </message>
</context>
<context>
    <name>sd::app::CustomerReceivablesWidget</name>
    <message>
        <source>not applicable</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>Loading the workspace…</source>
        <translation>Loading the workspace…</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>&lt;b&gt;Receivables %1&lt;/b&gt; as of %2 · overdue %3 (%4 orders) · more than 90 days %5 · &lt;b&gt;collection rate of %6: %7&lt;/b&gt; (collected %8 of %9 due) · credit-risk customers: %10</source>
        <translation>&lt;b&gt;Receivables %1&lt;/b&gt; as of %2 · overdue %3 (%4 orders) · more than 90 days %5 · &lt;b&gt;collection rate of %6: %7&lt;/b&gt; (collected %8 of %9 due) · credit-risk customers: %10</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>Order date</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Days past due</source>
        <translation>Days past due</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Over 90 days</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>over the credit limit</source>
        <translation>over the credit limit</translation>
    </message>
    <message>
        <source>more than 90 days past due</source>
        <translation>more than 90 days past due</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Overdue (%1)</translation>
    </message>
    <message>
        <source>Credit-risk flags (%1)</source>
        <translation>Credit-risk flags (%1)</translation>
    </message>
    <message>
        <source>Org unit</source>
        <translation>Org unit</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Current</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Total (%1)</source>
        <translation>Total (%1)</translation>
    </message>
    <message>
        <source>Aging as of %1</source>
        <translation>Aging as of %1</translation>
    </message>
    <message>
        <source>Nothing to export yet.</source>
        <translation>Nothing to export yet.</translation>
    </message>
    <message>
        <source>The receivables were not exported: %1</source>
        <translation>The receivables were not exported: %1</translation>
    </message>
    <message>
        <source>Export Receivables</source>
        <translation>Export Receivables</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>As of:</translation>
    </message>
    <message>
        <source>Aging per:</source>
        <translation>Aging per:</translation>
    </message>
    <message>
        <source>Export xlsx…</source>
        <translation>Export xlsx…</translation>
    </message>
    <message>
        <source>Aging</source>
        <translation>Aging</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Credit-risk flags</source>
        <translation>Credit-risk flags</translation>
    </message>
</context>
<context>
    <name>sd::app::CustomerTableModel</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Industry</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Customer since</translation>
    </message>
    <message>
        <source>Payment terms</source>
        <translation>Payment terms</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>Credit limit</translation>
    </message>
    <message>
        <source>%1 (merged into %2)</source>
        <translation>%1 (merged into %2)</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactive)</translation>
    </message>
</context>
<context>
    <name>sd::app::CustomersPanel</name>
    <message>
        <source>No workspace open</source>
        <translation>No workspace open</translation>
    </message>
    <message>
        <source>%1 customers</source>
        <translation>%1 customers</translation>
    </message>
    <message>
        <source>%1 found</source>
        <translation>%1 found</translation>
    </message>
    <message>
        <source>Search by name, ID or industry…</source>
        <translation>Search by name, ID or industry…</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>Merge Customer</source>
        <translation>Merge Customer</translation>
    </message>
    <message>
        <source>Merge %1 (%2) into the customer with ID:</source>
        <translation>Merge %1 (%2) into the customer with ID:</translation>
    </message>
    <message>
        <source>Every opportunity (%1), order (%2), activity (%3) and contact (%4) of %5 moves to %6, and %5 is marked as merged. Merge?</source>
        <translation>Every opportunity (%1), order (%2), activity (%3) and contact (%4) of %5 moves to %6, and %5 is marked as merged. Merge?</translation>
    </message>
    <message>
        <source>Record Payment</source>
        <translation>Record Payment</translation>
    </message>
    <message>
        <source>This customer has no order with an open amount.</source>
        <translation>This customer has no order with an open amount.</translation>
    </message>
    <message>
        <source>New…</source>
        <translation>New…</translation>
    </message>
    <message>
        <source>Add a customer</source>
        <translation>Add a customer</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <source>Merge this customer into another (a duplicate): every order, opportunity, activity and contact moves</source>
        <translation>Merge this customer into another (a duplicate): every order, opportunity, activity and contact moves</translation>
    </message>
    <message>
        <source>Log Activity…</source>
        <translation>Log Activity…</translation>
    </message>
    <message>
        <source>Record Payment…</source>
        <translation>Record Payment…</translation>
    </message>
    <message>
        <source>Add Contact…</source>
        <translation>Add Contact…</translation>
    </message>
    <message>
        <source>Edit Contact…</source>
        <translation>Edit Contact…</translation>
    </message>
    <message>
        <source>Remove Contact</source>
        <translation>Remove Contact</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>Receivables</translation>
    </message>
</context>
<context>
    <name>sd::app::DashboardPanel</name>
    <message>
        <source>Loading the workspace…</source>
        <translation>Loading the workspace…</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>As of:</translation>
    </message>
    <message>
        <source>Attainment against target</source>
        <translation>Attainment against target</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Funnel</translation>
    </message>
    <message>
        <source>Collections and overdue</source>
        <translation>Collections and overdue</translation>
    </message>
    <message>
        <source>Stalled deals</source>
        <translation>Stalled deals</translation>
    </message>
    <message>
        <source>Customer care</source>
        <translation>Customer care</translation>
    </message>
    <message>
        <source>Contest leaderboard</source>
        <translation>Contest leaderboard</translation>
    </message>
    <message>
        <source>Targets ›</source>
        <translation>Targets ›</translation>
    </message>
    <message>
        <source>Funnel ›</source>
        <translation>Funnel ›</translation>
    </message>
    <message>
        <source>Customers ›</source>
        <translation>Customers ›</translation>
    </message>
    <message>
        <source>Incentives ›</source>
        <translation>Incentives ›</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation>Month to date</translation>
    </message>
    <message>
        <source>Quarter to date</source>
        <translation>Quarter to date</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Year to date</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>no target</source>
        <translation>no target</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Open deals</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>Open amount</translation>
    </message>
    <message>
        <source>Weighted forecast</source>
        <translation>Weighted forecast</translation>
    </message>
    <message>
        <source>Win rate (year to date)</source>
        <translation>Win rate (year to date)</translation>
    </message>
    <message>
        <source>Receivables</source>
        <translation>Receivables</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Over 90 days</source>
        <translation>Over 90 days</translation>
    </message>
    <message>
        <source>Customers flagged (credit risk)</source>
        <translation>Customers flagged (credit risk)</translation>
    </message>
    <message>
        <source>Collection rate this month</source>
        <translation>Collection rate this month</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; deals, %2, with no stage change for %3 days or more</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; deals, %2, with no stage change for %3 days or more</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; key dates in the next 14 days · &lt;b&gt;%2&lt;/b&gt; customers not contacted for 60 days</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; key dates in the next 14 days · &lt;b&gt;%2&lt;/b&gt; customers not contacted for 60 days</translation>
    </message>
    <message>
        <source>birthday %1</source>
        <translation>birthday %1</translation>
    </message>
    <message>
        <source>founding day %1</source>
        <translation>founding day %1</translation>
    </message>
    <message numerus="yes">
        <source>no contact for %n days</source>
        <translation>
            <numerusform>no contact for %n day</numerusform>
            <numerusform>no contact for %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Nobody has scored yet.</source>
        <translation>Nobody has scored yet.</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <source>Figures as of %1, saved at %2 · updating…</source>
        <translation>Figures as of %1, saved at %2 · updating…</translation>
    </message>
    <message>
        <source>Figures as of %1, saved %2 · updating…</source>
        <translation>Figures as of %1, saved %2 · updating…</translation>
    </message>
</context>
<context>
    <name>sd::app::DecompositionDialog</name>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Across the org</source>
        <translation>Across the org</translation>
    </message>
    <message>
        <source>Across the months</source>
        <translation>Across the months</translation>
    </message>
    <message>
        <source>Over-assignment factor</source>
        <translation>Over-assignment factor</translation>
    </message>
    <message>
        <source>Existing-customer share</source>
        <translation>Existing-customer share</translation>
    </message>
    <message>
        <source>Decompose a target</source>
        <translation>Decompose a target</translation>
    </message>
    <message>
        <source>Fiscal year %1</source>
        <translation>Fiscal year %1</translation>
    </message>
    <message>
        <source>Q%1 of fiscal year %2</source>
        <translation>Q%1 of fiscal year %2</translation>
    </message>
    <message>
        <source>Equal</source>
        <translation>Equal</translation>
    </message>
    <message>
        <source>Last year&apos;s actuals</source>
        <translation>Last year&apos;s actuals</translation>
    </message>
    <message>
        <source>Capacity (level × ramp-up)</source>
        <translation>Capacity (level × ramp-up)</translation>
    </message>
    <message>
        <source>Last year&apos;s months</source>
        <translation>Last year&apos;s months</translation>
    </message>
    <message>
        <source>none (e.g. 1.10 adds a 10% buffer)</source>
        <translation>none (e.g. 1.10 adds a 10% buffer)</translation>
    </message>
    <message>
        <source>from last year (70/30 without history)</source>
        <translation>from last year (70/30 without history)</translation>
    </message>
    <message>
        <source>Down to every rep</source>
        <translation>Down to every rep</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Apply as draft</source>
        <translation>Apply as draft</translation>
    </message>
    <message>
        <source>Amount: &quot;%1&quot; is not an amount ≥ 0 with at most 2 decimals.</source>
        <translation>Amount: &quot;%1&quot; is not an amount ≥ 0 with at most 2 decimals.</translation>
    </message>
    <message>
        <source>Amount: &quot;%1&quot; is not a whole number ≥ 0.</source>
        <translation>Amount: &quot;%1&quot; is not a whole number ≥ 0.</translation>
    </message>
    <message>
        <source>Over-assignment factor: &quot;%1&quot; is not a number above 0 (e.g. 1.10).</source>
        <translation>Over-assignment factor: &quot;%1&quot; is not a number above 0 (e.g. 1.10).</translation>
    </message>
    <message>
        <source>Existing-customer share: &quot;%1&quot; is not a number from 0 to 1.</source>
        <translation>Existing-customer share: &quot;%1&quot; is not a number from 0 to 1.</translation>
    </message>
    <message>
        <source>Loading the workspace…</source>
        <translation>Loading the workspace…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Existing</source>
        <translation>Existing</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message numerus="yes">
        <source>%n target node(s) below %1; the children sum to %2.</source>
        <translation>
            <numerusform>%n target node below %1; the children sum to %2.</numerusform>
            <numerusform>%n target nodes below %1; the children sum to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weights (entered beside)</source>
        <translation>Weights (entered beside)</translation>
    </message>
    <message>
        <source>Seasonality weights (entered beside)</source>
        <translation>Seasonality weights (entered beside)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Weight of each child, relative to its siblings (numbers ≥ 0, not all 0 under one parent):</source>
        <translation>Weight of each child, relative to its siblings (numbers ≥ 0, not all 0 under one parent):</translation>
    </message>
    <message>
        <source>Weight of each month (numbers ≥ 0, not all 0):</source>
        <translation>Weight of each month (numbers ≥ 0, not all 0):</translation>
    </message>
    <message>
        <source>The organisation could not be read: %1</source>
        <translation>The organisation could not be read: %1</translation>
    </message>
    <message>
        <source>Weights, row %1 (%2): &quot;%3&quot; is not a number ≥ 0 with at most 6 decimals.</source>
        <translation>Weights, row %1 (%2): &quot;%3&quot; is not a number ≥ 0 with at most 6 decimals.</translation>
    </message>
    <message>
        <source>Weights: %1 has no one below it to give a weight to.</source>
        <translation>Weights: %1 has no one below it to give a weight to.</translation>
    </message>
    <message>
        <source>Weights: every child of %1 has weight 0, so its target cannot be shared. Give at least one of them a weight above 0.</source>
        <translation>Weights: every child of %1 has weight 0, so its target cannot be shared. Give at least one of them a weight above 0.</translation>
    </message>
    <message>
        <source>Month weights, %1: &quot;%2&quot; is not a number ≥ 0 with at most 6 decimals.</source>
        <translation>Month weights, %1: &quot;%2&quot; is not a number ≥ 0 with at most 6 decimals.</translation>
    </message>
    <message>
        <source>Month weights: every month has weight 0. Give at least one month a weight above 0.</source>
        <translation>Month weights: every month has weight 0. Give at least one month a weight above 0.</translation>
    </message>
    <message>
        <source>The %3 history of %1 in %2 is all zero: split equally.</source>
        <translation>The %3 history of %1 in %2 is all zero: split equally.</translation>
    </message>
    <message>
        <source>%1 has no reps active in %2: its share stays on the unit.</source>
        <translation>%1 has no reps active in %2: its share stays on the unit.</translation>
    </message>
    <message>
        <source>The monthly history of %1 in %2 is all zero: the months are split equally.</source>
        <translation>The monthly history of %1 in %2 is all zero: the months are split equally.</translation>
    </message>
    <message>
        <source>No %1 history for %2 in %3: existing and new customers split 70/30.</source>
        <translation>No %1 history for %2 in %3: existing and new customers split 70/30.</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>revenue</translation>
    </message>
    <message>
        <source>gross profit</source>
        <translation>gross profit</translation>
    </message>
    <message>
        <source>collections</source>
        <translation>collections</translation>
    </message>
    <message>
        <source>new customers</source>
        <translation>new customers</translation>
    </message>
</context>
<context>
    <name>sd::app::ErrorListDialog</name>
    <message>
        <source>Copy all</source>
        <translation>Copy all</translation>
    </message>
</context>
<context>
    <name>sd::app::FunnelDrillDialog</name>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>%1 opportunities; the %2 largest are listed.</source>
        <translation>%1 opportunities; the %2 largest are listed.</translation>
    </message>
    <message numerus="yes">
        <source>%n opportunity(s), largest amount first.</source>
        <translation>
            <numerusform>%n opportunity, largest amount first.</numerusform>
            <numerusform>%n opportunities, largest amount first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Stage now</source>
        <translation>Stage now</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>Expected close</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Old</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Exit criteria skipped</source>
        <translation>Exit criteria skipped</translation>
    </message>
    <message>
        <source>Change history of the selected opportunity</source>
        <translation>Change history of the selected opportunity</translation>
    </message>
    <message>
        <source>yes: %1</source>
        <translation>yes: %1</translation>
    </message>
    <message>
        <source>Edit opportunity</source>
        <translation>Edit opportunity</translation>
    </message>
</context>
<context>
    <name>sd::app::FunnelForecastWidget</name>
    <message>
        <source>Open deals of %1 as of %2</source>
        <translation>Open deals of %1 as of %2</translation>
    </message>
    <message>
        <source>Forecast for:</source>
        <translation>Forecast for:</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Weighted forecast</source>
        <translation>Weighted forecast</translation>
    </message>
    <message>
        <source>Commit (open)</source>
        <translation>Commit (open)</translation>
    </message>
    <message>
        <source>Best case (open)</source>
        <translation>Best case (open)</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <source>Submitted by, when</source>
        <translation>Submitted by, when</translation>
    </message>
    <message>
        <source>Manager&apos;s adjustment</source>
        <translation>Manager&apos;s adjustment</translation>
    </message>
    <message>
        <source>Adjusted by, when</source>
        <translation>Adjusted by, when</translation>
    </message>
    <message>
        <source>Forecast in force</source>
        <translation>Forecast in force</translation>
    </message>
    <message>
        <source>Σ amount × stage probability of the rep&apos;s open deals as of the as-of date (SPEC §4)</source>
        <translation>Σ amount × stage probability of the rep&apos;s open deals as of the as-of date (SPEC §4)</translation>
    </message>
    <message>
        <source>The manager&apos;s adjustment, else the rep&apos;s submission</source>
        <translation>The manager&apos;s adjustment, else the rep&apos;s submission</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Amount:</translation>
    </message>
    <message>
        <source>e.g. 250000.00</source>
        <translation>e.g. 250000.00</translation>
    </message>
    <message>
        <source>Submit the rep&apos;s forecast</source>
        <translation>Submit the rep&apos;s forecast</translation>
    </message>
    <message>
        <source>Adjust (manager)</source>
        <translation>Adjust (manager)</translation>
    </message>
    <message>
        <source>Q%1 of fiscal year %2</source>
        <translation>Q%1 of fiscal year %2</translation>
    </message>
    <message>
        <source>Fiscal year %1</source>
        <translation>Fiscal year %1</translation>
    </message>
    <message>
        <source>The submissions could not be read: %1</source>
        <translation>The submissions could not be read: %1</translation>
    </message>
    <message numerus="yes">
        <source>Weighted forecast %1 (open deals as of %2) · submitted %3 by %4 of %n rep(s) · in force after the manager&apos;s adjustments %5</source>
        <translation>
            <numerusform>Weighted forecast %1 (open deals as of %2) · submitted %3 by %4 of %n rep · in force after the manager&apos;s adjustments %5</numerusform>
            <numerusform>Weighted forecast %1 (open deals as of %2) · submitted %3 by %4 of %n reps · in force after the manager&apos;s adjustments %5</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a rep in the table first.</source>
        <translation>Select a rep in the table first.</translation>
    </message>
    <message>
        <source>Amount: &quot;%1&quot; is not an amount ≥ 0 with at most 2 decimals.</source>
        <translation>Amount: &quot;%1&quot; is not an amount ≥ 0 with at most 2 decimals.</translation>
    </message>
    <message>
        <source>Forecast of %1 for %2 adjusted to %3.</source>
        <translation>Forecast of %1 for %2 adjusted to %3.</translation>
    </message>
    <message>
        <source>Forecast of %1 for %2 submitted: %3.</source>
        <translation>Forecast of %1 for %2 submitted: %3.</translation>
    </message>
</context>
<context>
    <name>sd::app::FunnelOverviewWidget</name>
    <message>
        <source>Funnel by:</source>
        <translation>Funnel by:</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Customer&apos;s buying step</source>
        <translation>Customer&apos;s buying step</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Weighted</translation>
    </message>
    <message>
        <source>Stalled</source>
        <translation>Stalled</translation>
    </message>
    <message>
        <source>Reached (cohort)</source>
        <translation>Reached (cohort)</translation>
    </message>
    <message>
        <source>Conversion to next</source>
        <translation>Conversion to next</translation>
    </message>
    <message>
        <source>Avg days in stage</source>
        <translation>Avg days in stage</translation>
    </message>
    <message>
        <source>Figures of the window</source>
        <translation>Figures of the window</translation>
    </message>
    <message>
        <source>Health check (non-standard funnel)</source>
        <translation>Health check (non-standard funnel)</translation>
    </message>
    <message>
        <source>%1 (%2 of %3 → %4)</source>
        <translation>%1 (%2 of %3 → %4)</translation>
    </message>
    <message>
        <source>won</source>
        <translation>won</translation>
    </message>
    <message>
        <source>Weighted forecast</source>
        <translation>Weighted forecast</translation>
    </message>
    <message>
        <source>Open deals</source>
        <translation>Open deals</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Win rate</translation>
    </message>
    <message>
        <source>Average won amount</source>
        <translation>Average won amount</translation>
    </message>
    <message>
        <source>Average cycle (days)</source>
        <translation>Average cycle (days)</translation>
    </message>
    <message>
        <source>Velocity per day</source>
        <translation>Velocity per day</translation>
    </message>
    <message>
        <source>Cohort (created in window)</source>
        <translation>Cohort (created in window)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (won %2, lost %3)</source>
        <translation>%1 (won %2, lost %3)</translation>
    </message>
    <message>
        <source>%1 holds more deals (%2) than %3 before it (%4)</source>
        <translation>%1 holds more deals (%2) than %3 before it (%4)</translation>
    </message>
    <message>
        <source>%1 holds a larger amount (%2) than %3 before it (%4)</source>
        <translation>%1 holds a larger amount (%2) than %3 before it (%4)</translation>
    </message>
    <message>
        <source>%1: conversion %2 → %3 is %4, below half of the team median %5</source>
        <translation>%1: conversion %2 → %3 is %4, below half of the team median %5</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n stalled deal(s) (in the stage for its stall days or more)</source>
        <translation>
            <numerusform>%1: %n stalled deal (in the stage for its stall days or more)</numerusform>
            <numerusform>%1: %n stalled deals (in the stage for its stall days or more)</numerusform>
        </translation>
    </message>
    <message>
        <source>No flags: the funnel narrows stage by stage.</source>
        <translation>No flags: the funnel narrows stage by stage.</translation>
    </message>
    <message>
        <source>Open amount by stage as of %1</source>
        <translation>Open amount by stage as of %1</translation>
    </message>
    <message>
        <source>Open deals by stage as of %1</source>
        <translation>Open deals by stage as of %1</translation>
    </message>
    <message>
        <source>Stalled in %1</source>
        <translation>Stalled in %1</translation>
    </message>
    <message>
        <source>Created in the window and reached %1</source>
        <translation>Created in the window and reached %1</translation>
    </message>
    <message>
        <source>In %1 as of %2</source>
        <translation>In %1 as of %2</translation>
    </message>
    <message>
        <source>Won or lost in the window</source>
        <translation>Won or lost in the window</translation>
    </message>
    <message>
        <source>Won in the window</source>
        <translation>Won in the window</translation>
    </message>
    <message>
        <source>Created in the window</source>
        <translation>Created in the window</translation>
    </message>
    <message>
        <source>Open as of %1</source>
        <translation>Open as of %1</translation>
    </message>
    <message>
        <source>Stage rules…</source>
        <translation>Stage rules…</translation>
    </message>
    <message>
        <source>Stall days and exit criteria of each stage (key-node management)</source>
        <translation>Stall days and exit criteria of each stage (key-node management)</translation>
    </message>
    <message>
        <source>Change the stage rules</source>
        <translation>Change the stage rules</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <source>computing (orders and targets are loading)…</source>
        <translation>computing (orders and targets are loading)…</translation>
    </message>
    <message>
        <source>Revenue target − actual so far</source>
        <translation>Revenue target − actual so far</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>nothing left of the period</source>
        <translation>nothing left of the period</translation>
    </message>
    <message>
        <source>%1× (open %2 closing %3)</source>
        <translation>%1× (open %2 closing %3)</translation>
    </message>
    <message>
        <source>%1: no revenue target for %2</source>
        <translation>%1: no revenue target for %2</translation>
    </message>
    <message>
        <source>%1: the target is reached (open %2 closing %3)</source>
        <translation>%1: the target is reached (open %2 closing %3)</translation>
    </message>
    <message>
        <source>Coverage of %1</source>
        <translation>Coverage of %1</translation>
    </message>
    <message>
        <source>Open amount expected to close in the rest of %1 ÷ (revenue target − revenue actual so far); double-click for the deals</source>
        <translation>Open amount expected to close in the rest of %1 ÷ (revenue target − revenue actual so far); double-click for the deals</translation>
    </message>
    <message>
        <source>%1 − %2 = %3</source>
        <translation>%1 − %2 = %3</translation>
    </message>
    <message>
        <source>no target · actual %1</source>
        <translation>no target · actual %1</translation>
    </message>
    <message>
        <source>Open as of %1, expected to close %2 – %3</source>
        <translation>Open as of %1, expected to close %2 – %3</translation>
    </message>
</context>
<context>
    <name>sd::app::FunnelPanel</name>
    <message>
        <source>Cannot load the workspace: %1</source>
        <translation>Cannot load the workspace: %1</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <source>Window from:</source>
        <translation>Window from:</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>to:</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>As of:</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Funnel</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Weekly review</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Window: the start date is after the end date.</source>
        <translation>Window: the start date is after the end date.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>Cannot compute the funnel: %1</source>
        <translation>Cannot compute the funnel: %1</translation>
    </message>
    <message>
        <source>the workspace has no organisation yet</source>
        <translation>the workspace has no organisation yet</translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Forecast</translation>
    </message>
</context>
<context>
    <name>sd::app::FunnelStageRulesDialog</name>
    <message>
        <source>Stage rules: stall days and exit criteria</source>
        <translation>Stage rules: stall days and exit criteria</translation>
    </message>
    <message>
        <source>Stall days: a deal in the stage this many days or more is stalled (empty: the workspace&apos;s %1 days). Exit criteria: the checklist asked when a deal moves past the stage, one per line or separated by semicolons.</source>
        <translation>Stall days: a deal in the stage this many days or more is stalled (empty: the workspace&apos;s %1 days). Exit criteria: the checklist asked when a deal moves past the stage, one per line or separated by semicolons.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Stall days</source>
        <translation>Stall days</translation>
    </message>
    <message>
        <source>Exit criteria</source>
        <translation>Exit criteria</translation>
    </message>
    <message>
        <source>%1: stall days &quot;%2&quot; is not a whole number from 1 to %3 (leave it empty for the workspace&apos;s default).</source>
        <translation>%1: stall days &quot;%2&quot; is not a whole number from 1 to %3 (leave it empty for the workspace&apos;s default).</translation>
    </message>
    <message>
        <source>%1: the exit criterion &quot;%2&quot; is given twice.</source>
        <translation>%1: the exit criterion &quot;%2&quot; is given twice.</translation>
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
        <translation>Contest</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Prize</source>
        <translation>Prize</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Titles</translation>
    </message>
    <message>
        <source>No contest in the plans of this period.</source>
        <translation>No contest in the plans of this period.</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Prizes: %1</source>
        <translation>Prizes: %1</translation>
    </message>
</context>
<context>
    <name>sd::app::IncentivePayoutModel</name>
    <message>
        <source>Calculated</source>
        <translation>Calculated</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Approved — recalculation differs</source>
        <translation>Approved — recalculation differs</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
</context>
<context>
    <name>sd::app::IncentivePlanEditor</name>
    <message>
        <source>Incentive plans</source>
        <translation>Incentive plans</translation>
    </message>
    <message>
        <source>Not valid JSON: %1</source>
        <translation>Not valid JSON: %1</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Sales rep</translation>
    </message>
    <message>
        <source>Regional manager</source>
        <translation>Regional manager</translation>
    </message>
    <message>
        <source>Senior manager</source>
        <translation>Senior manager</translation>
    </message>
    <message>
        <source>all levels</source>
        <translation>all levels</translation>
    </message>
    <message>
        <source>junior</source>
        <translation>junior</translation>
    </message>
    <message>
        <source>mid</source>
        <translation>mid</translation>
    </message>
    <message>
        <source>senior</source>
        <translation>senior</translation>
    </message>
    <message>
        <source>quarterly</source>
        <translation>quarterly</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monthly</translation>
    </message>
    <message>
        <source>New version from date</source>
        <translation>New version from date</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>New plan</translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation>Delete version</translation>
    </message>
    <message>
        <source>Plan (role, level, period)</source>
        <translation>Plan (role, level, period)</translation>
    </message>
    <message>
        <source>Versions by effective-from date</source>
        <translation>Versions by effective-from date</translation>
    </message>
    <message>
        <source>A period is paid by the version in force on its first day: a new version leaves the periods before its date as they were.</source>
        <translation>A period is paid by the version in force on its first day: a new version leaves the periods before its date as they were.</translation>
    </message>
    <message>
        <source>All plans as in the workspace JSON (incentive_plans). Edits here replace the form&apos;s when you switch back to the form or save.</source>
        <translation>All plans as in the workspace JSON (incentive_plans). Edits here replace the form&apos;s when you switch back to the form or save.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Advanced (JSON)</source>
        <translation>Advanced (JSON)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; already has a version from %2: select it in the list to edit it.</source>
        <translation>Plan &quot;%1&quot; already has a version from %2: select it in the list to edit it.</translation>
    </message>
</context>
<context>
    <name>sd::app::IncentivePlansWidget</name>
    <message>
        <source>marginal</source>
        <translation>marginal</translation>
    </message>
    <message>
        <source>retroactive</source>
        <translation>retroactive</translation>
    </message>
    <message>
        <source>tiers %1</source>
        <translation>tiers %1</translation>
    </message>
    <message>
        <source>threshold %1</source>
        <translation>threshold %1</translation>
    </message>
    <message>
        <source>cap %1</source>
        <translation>cap %1</translation>
    </message>
    <message>
        <source>base %1</source>
        <translation>base %1</translation>
    </message>
    <message>
        <source>Plan / component</source>
        <translation>Plan / component</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>No incentive plans: add them to the workspace JSON (incentive_plans).</source>
        <translation>No incentive plans: add them to the workspace JSON (incentive_plans).</translation>
    </message>
    <message numerus="yes">
        <source>%n plan version(s), all valid. A period is paid by the version in force on its first day.</source>
        <translation>
            <numerusform>%n plan version, valid. A period is paid by the version in force on its first day.</numerusform>
            <numerusform>%n plan versions, all valid. A period is paid by the version in force on its first day.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plans cannot be used: %1</source>
        <translation>The plans cannot be used: %1</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>quarter</source>
        <translation>quarter</translation>
    </message>
    <message>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <source>always</source>
        <translation>always</translation>
    </message>
    <message>
        <source>Edit plans…</source>
        <translation>Edit plans…</translation>
    </message>
</context>
<context>
    <name>sd::app::IncentiveStatementView</name>
    <message>
        <source>error: %1</source>
        <translation>error: %1</translation>
    </message>
    <message>
        <source>Mark reviewed</source>
        <translation>Mark reviewed</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Component</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Recalculated</source>
        <translation>Recalculated</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Select a rep to see the statement.</source>
        <translation>Select a rep to see the statement.</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <source>reviewed by %1</source>
        <translation>reviewed by %1</translation>
    </message>
    <message>
        <source>approved by %1 (%2)</source>
        <translation>approved by %1 (%2)</translation>
    </message>
    <message>
        <source>This statement is approved and locked. The recalculation differs: total %1 approved, %2 now. Reopen it to take the new figures.</source>
        <translation>This statement is approved and locked. The recalculation differs: total %1 approved, %2 now. Reopen it to take the new figures.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>Replace the statement with the new figures, back to calculated</source>
        <translation>Replace the statement with the new figures, back to calculated</translation>
    </message>
</context>
<context>
    <name>sd::app::IncentiveWhatIfWidget</name>
    <message>
        <source>Rep</source>
        <translation>Rep</translation>
    </message>
    <message>
        <source>Booked as</source>
        <translation>Booked as</translation>
    </message>
    <message>
        <source>Product category</source>
        <translation>Product category</translation>
    </message>
    <message>
        <source>Extra amount</source>
        <translation>Extra amount</translation>
    </message>
    <message>
        <source>e.g. 10000.00</source>
        <translation>e.g. 10000.00</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>Total pay</source>
        <translation>Total pay</translation>
    </message>
    <message>
        <source>Next tier</source>
        <translation>Next tier</translation>
    </message>
    <message>
        <source>Calculate a period first.</source>
        <translation>Calculate a period first.</translation>
    </message>
    <message>
        <source>“%1” is not an amount: write it like 10000.00 (at most two decimals).</source>
        <translation>“%1” is not an amount: write it like 10000.00 (at most two decimals).</translation>
    </message>
    <message>
        <source>The rep&apos;s plan has no commission on %1.</source>
        <translation>The rep&apos;s plan has no commission on %1.</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <source>%1 → %2 (attainment %3 → %4)</source>
        <translation>%1 → %2 (attainment %3 → %4)</translation>
    </message>
    <message>
        <source>threshold %1 (tier %2): %3 more</source>
        <translation>threshold %1 (tier %2): %3 more</translation>
    </message>
    <message>
        <source>tier %1 from %2: %3 more</source>
        <translation>tier %1 from %2: %3 more</translation>
    </message>
    <message>
        <source>top tier reached</source>
        <translation>top tier reached</translation>
    </message>
</context>
<context>
    <name>sd::app::IncentivesPanel</name>
    <message>
        <source>The workspace could not be read: %1</source>
        <translation>The workspace could not be read: %1</translation>
    </message>
    <message>
        <source>Incentives</source>
        <translation>Incentives</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>A month (2026-10) pays the monthly plans, a quarter (2026Q3) the quarterly ones.</source>
        <translation>A month (2026-10) pays the monthly plans, a quarter (2026Q3) the quarterly ones.</translation>
    </message>
    <message>
        <source>Calculate</source>
        <translation>Calculate</translation>
    </message>
    <message>
        <source>Export payroll…</source>
        <translation>Export payroll…</translation>
    </message>
    <message>
        <source>Export statements…</source>
        <translation>Export statements…</translation>
    </message>
    <message>
        <source>Payouts</source>
        <translation>Payouts</translation>
    </message>
    <message>
        <source>What-if</source>
        <translation>What-if</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>Leaderboard</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>Choose a period and press Calculate.</source>
        <translation>Choose a period and press Calculate.</translation>
    </message>
    <message>
        <source>“%1” is not a month (2026-10) or a quarter (2026Q3).</source>
        <translation>“%1” is not a month (2026-10) or a quarter (2026Q3).</translation>
    </message>
    <message>
        <source>Reading the workspace…</source>
        <translation>Reading the workspace…</translation>
    </message>
    <message>
        <source>Calculating %1…</source>
        <translation>Calculating %1…</translation>
    </message>
    <message>
        <source>The calculation failed: %1</source>
        <translation>The calculation failed: %1</translation>
    </message>
    <message>
        <source>%1 calculated.</source>
        <translation>%1 calculated.</translation>
    </message>
    <message numerus="yes">
        <source>%n approved statement(s) differ from the recalculation.</source>
        <translation>
            <numerusform>%n approved statement differs from the recalculation.</numerusform>
            <numerusform>%n approved statements differ from the recalculation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n rep</numerusform>
            <numerusform>%n reps</numerusform>
        </translation>
    </message>
    <message>
        <source>total %1</source>
        <translation>total %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) with an error (not paid until fixed)</source>
        <translation>
            <numerusform>%n rep with an error (not paid until fixed)</numerusform>
            <numerusform>%n reps with an error (not paid until fixed)</numerusform>
        </translation>
    </message>
    <message>
        <source>Review Statement %1</source>
        <translation>Review Statement %1</translation>
    </message>
    <message>
        <source>Approve Statement %1</source>
        <translation>Approve Statement %1</translation>
    </message>
    <message>
        <source>Reopen Statement %1</source>
        <translation>Reopen Statement %1</translation>
    </message>
    <message>
        <source>Incentive statement</source>
        <translation>Incentive statement</translation>
    </message>
    <message>
        <source>Export payroll</source>
        <translation>Export payroll</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the payroll workbook…</source>
        <translation>Writing the payroll workbook…</translation>
    </message>
    <message>
        <source>The payroll could not be written: %1</source>
        <translation>The payroll could not be written: %1</translation>
    </message>
    <message>
        <source>Payroll written to %1</source>
        <translation>Payroll written to %1</translation>
    </message>
    <message>
        <source>Export statements</source>
        <translation>Export statements</translation>
    </message>
    <message>
        <source>Writing one PDF statement per rep…</source>
        <translation>Writing one PDF statement per rep…</translation>
    </message>
    <message>
        <source>The statements could not be written: %1</source>
        <translation>The statements could not be written: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) written to %1</source>
        <translation>
            <numerusform>%n statement written to %1</numerusform>
            <numerusform>%n statements written to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Incentive Plans</source>
        <translation>Edit Incentive Plans</translation>
    </message>
</context>
<context>
    <name>sd::app::KpiTemplateDialog</name>
    <message>
        <source>KPI Library and Templates</source>
        <translation>KPI Library and Templates</translation>
    </message>
    <message>
        <source>KPI library</source>
        <translation>KPI library</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Built-in KPIs are computed from the data and cannot be changed. Manual KPIs take the values entered or imported per rep and period (kpi_values.csv); process metrics (visits, calls, pipeline created) sit beside the result metrics.</source>
        <translation>Built-in KPIs are computed from the data and cannot be changed. Manual KPIs take the values entered or imported per rep and period (kpi_values.csv); process metrics (visits, calls, pipeline created) sit beside the result metrics.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Lower is better</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Used by</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Metric:</source>
        <translation>Metric:</translation>
    </message>
    <message>
        <source>e.g. points, %, hours</source>
        <translation>e.g. points, %, hours</translation>
    </message>
    <message>
        <source>Lower is better (attainment = target ÷ actual)</source>
        <translation>Lower is better (attainment = target ÷ actual)</translation>
    </message>
    <message>
        <source>Add KPI</source>
        <translation>Add KPI</translation>
    </message>
    <message>
        <source>Remove KPI</source>
        <translation>Remove KPI</translation>
    </message>
    <message>
        <source>Result metric</source>
        <translation>Result metric</translation>
    </message>
    <message>
        <source>Process metric</source>
        <translation>Process metric</translation>
    </message>
    <message>
        <source>Templates (per role, optionally per level):</source>
        <translation>Templates (per role, optionally per level):</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>Any level</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation>Perspective</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Built-in</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <source>The code is fixed once saved: the values entered and imported are stored under it. To use another code, add a new KPI.</source>
        <translation>The code is fixed once saved: the values entered and imported are stored under it. To use another code, add a new KPI.</translation>
    </message>
    <message>
        <source>A built-in KPI: computed from the data, read only.</source>
        <translation>A built-in KPI: computed from the data, read only.</translation>
    </message>
    <message>
        <source>“%1” cannot be a KPI code: it must not be empty nor contain spaces, commas or quotes.</source>
        <translation>“%1” cannot be a KPI code: it must not be empty nor contain spaces, commas or quotes.</translation>
    </message>
    <message>
        <source>The KPI code “%1” is already in the library.</source>
        <translation>The KPI code “%1” is already in the library.</translation>
    </message>
    <message>
        <source>New KPI</source>
        <translation>New KPI</translation>
    </message>
    <message>
        <source>The KPI “%1” cannot be removed: it is used by the template(s) %2. Remove it from there first.</source>
        <translation>The KPI “%1” cannot be removed: it is used by the template(s) %2. Remove it from there first.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save the templates</source>
        <translation>Cannot save the templates</translation>
    </message>
    <message>
        <source>Nothing was saved. Please correct:

%1</source>
        <translation>Nothing was saved. Please correct:

%1</translation>
    </message>
</context>
<context>
    <name>sd::app::KpiTemplateItemEditor</name>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Scoring rule</source>
        <translation>Scoring rule</translation>
    </message>
    <message>
        <source>Bands (highest matching minimum wins)</source>
        <translation>Bands (highest matching minimum wins)</translation>
    </message>
    <message>
        <source>Behaviour anchors (score = 20 × level)</source>
        <translation>Behaviour anchors (score = 20 × level)</translation>
    </message>
    <message>
        <source>KPI:</source>
        <translation>KPI:</translation>
    </message>
    <message>
        <source>Weight:</source>
        <translation>Weight:</translation>
    </message>
    <message>
        <source>Perspective:</source>
        <translation>Perspective:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Target:</translation>
    </message>
    <message>
        <source>Fixed target:</source>
        <translation>Fixed target:</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>Rule:</translation>
    </message>
    <message>
        <source>Floor:</source>
        <translation>Floor:</translation>
    </message>
    <message>
        <source>Cap:</source>
        <translation>Cap:</translation>
    </message>
    <message>
        <source>Threshold (attainment):</source>
        <translation>Threshold (attainment):</translation>
    </message>
    <message>
        <source>Minimum attainment</source>
        <translation>Minimum attainment</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Add band</source>
        <translation>Add band</translation>
    </message>
    <message>
        <source>Remove band</source>
        <translation>Remove band</translation>
    </message>
    <message>
        <source>Level %1:</source>
        <translation>Level %1:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The owner&apos;s target for the period</source>
        <translation>The owner&apos;s target for the period</translation>
    </message>
    <message>
        <source>A fixed value</source>
        <translation>A fixed value</translation>
    </message>
    <message>
        <source>None (direct and anchored rules)</source>
        <translation>None (direct and anchored rules)</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>Linear</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>Bands</source>
        <translation>Bands</translation>
    </message>
    <message>
        <source>Direct (the value is the score)</source>
        <translation>Direct (the value is the score)</translation>
    </message>
    <message>
        <source>Behaviour-anchored (level 1–5)</source>
        <translation>Behaviour-anchored (level 1–5)</translation>
    </message>
    <message>
        <source>%1 — unknown KPI</source>
        <translation>%1 — unknown KPI</translation>
    </message>
    <message>
        <source>in currency units (500000 = 500,000.00)</source>
        <translation>in currency units (500000 = 500,000.00)</translation>
    </message>
    <message>
        <source>a count</source>
        <translation>a count</translation>
    </message>
    <message>
        <source>a ratio (0.9 = 90%)</source>
        <translation>a ratio (0.9 = 90%)</translation>
    </message>
    <message>
        <source>a score (0–100)</source>
        <translation>a score (0–100)</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>in the KPI&apos;s unit</source>
        <translation>in the KPI&apos;s unit</translation>
    </message>
</context>
<context>
    <name>sd::app::MainWindow</name>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;New Workspace…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Open Workspace…</translation>
    </message>
    <message>
        <source>&amp;Import CSV Folder…</source>
        <translation>&amp;Import CSV Folder…</translation>
    </message>
    <message>
        <source>Import Workspace Settings (JSON)…</source>
        <translation>Import Workspace Settings (JSON)…</translation>
    </message>
    <message>
        <source>Export Workspace Settings (JSON)…</source>
        <translation>Export Workspace Settings (JSON)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;About Salesdesk</source>
        <translation>&amp;About Salesdesk</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Open &amp;Log Folder</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Clear List</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Salesdesk</source>
        <translation>Salesdesk</translation>
    </message>
    <message>
        <source>No workspace open. Use File ▸ New Workspace or Open Workspace.</source>
        <translation>No workspace open. Use File ▸ New Workspace or Open Workspace.</translation>
    </message>
    <message>
        <source>%1 — Salesdesk</source>
        <translation>%1 — Salesdesk</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>No recent workspaces</translation>
    </message>
    <message>
        <source>Read the workspace again.</source>
        <translation>Read the workspace again.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Read the workspace again, with the changes others saved since</source>
        <translation>Read the workspace again, with the changes others saved since</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rep(s)</source>
        <translation>
            <numerusform>%Ln rep</numerusform>
            <numerusform>%Ln reps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln opportunity(s)</source>
        <translation>
            <numerusform>%Ln opportunity</numerusform>
            <numerusform>%Ln opportunities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::app::OpportunityEditDialog</name>
    <message>
        <source>Expected close date:</source>
        <translation>Expected close date:</translation>
    </message>
    <message>
        <source>Edit opportunity %1</source>
        <translation>Edit opportunity %1</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>Best case</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Opportunity:</source>
        <translation>Opportunity:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Stage:</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Amount:</translation>
    </message>
    <message>
        <source>Forecast category:</source>
        <translation>Forecast category:</translation>
    </message>
    <message>
        <source>Takes effect on:</source>
        <translation>Takes effect on:</translation>
    </message>
    <message>
        <source>Exit criteria to leave the stage (check what is done):</source>
        <translation>Exit criteria to leave the stage (check what is done):</translation>
    </message>
    <message>
        <source>No exit criteria to check for this move.</source>
        <translation>No exit criteria to check for this move.</translation>
    </message>
    <message>
        <source>Amount: &quot;%1&quot; is not an amount like 1234.50 (at most two decimals, not negative).</source>
        <translation>Amount: &quot;%1&quot; is not an amount like 1234.50 (at most two decimals, not negative).</translation>
    </message>
    <message>
        <source>Takes effect on: the opportunity entered its stage on %1; a stage change cannot be dated before that.</source>
        <translation>Takes effect on: the opportunity entered its stage on %1; a stage change cannot be dated before that.</translation>
    </message>
    <message>
        <source>These exit criteria are not checked:

%1

Move the opportunity anyway? The change history will mark the move.</source>
        <translation>These exit criteria are not checked:

%1

Move the opportunity anyway? The change history will mark the move.</translation>
    </message>
</context>
<context>
    <name>sd::app::PaymentDialog</name>
    <message>
        <source>Record Payment</source>
        <translation>Record Payment</translation>
    </message>
    <message>
        <source>%1 of %2 — open %3</source>
        <translation>%1 of %2 — open %3</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Order: the customer has no open order to pay.</source>
        <translation>Order: the customer has no open order to pay.</translation>
    </message>
    <message>
        <source>Amount: &apos;%1&apos; is not a positive amount with at most two decimals.</source>
        <translation>Amount: &apos;%1&apos; is not a positive amount with at most two decimals.</translation>
    </message>
    <message>
        <source>Amount: %1 is more than the %2 still open on order %3.</source>
        <translation>Amount: %1 is more than the %2 still open on order %3.</translation>
    </message>
    <message>
        <source>Paid on: the payment is dated before the order (%1).</source>
        <translation>Paid on: the payment is dated before the order (%1).</translation>
    </message>
</context>
<context>
    <name>sd::app::PlaceholderPanel</name>
    <message>
        <source>This section is being built; it will work on the data of the open workspace.</source>
        <translation>This section is being built; it will work on the data of the open workspace.</translation>
    </message>
</context>
<context>
    <name>sd::app::PlanComponentEditor</name>
    <message>
        <source>Marginal: each tier&apos;s rate on its slice</source>
        <translation>Marginal: each tier&apos;s rate on its slice</translation>
    </message>
    <message>
        <source>Retroactive: the reached tier&apos;s rate on everything</source>
        <translation>Retroactive: the reached tier&apos;s rate on everything</translation>
    </message>
    <message>
        <source>none (e.g. 50 for 50 %)</source>
        <translation>none (e.g. 50 for 50 %)</translation>
    </message>
    <message>
        <source>none (an amount, e.g. 50000.00)</source>
        <translation>none (an amount, e.g. 50000.00)</translation>
    </message>
    <message>
        <source>Attainment from (%)</source>
        <translation>Attainment from (%)</translation>
    </message>
    <message>
        <source>Rate (%)</source>
        <translation>Rate (%)</translation>
    </message>
    <message>
        <source>Product category</source>
        <translation>Product category</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>Factor</translation>
    </message>
    <message>
        <source>Commission base</source>
        <translation>Commission base</translation>
    </message>
    <message>
        <source>Tier mode</source>
        <translation>Tier mode</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>Threshold (%)</source>
        <translation>Threshold (%)</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Cap</translation>
    </message>
    <message>
        <source>Category multipliers</source>
        <translation>Category multipliers</translation>
    </message>
    <message>
        <source>Attainment (%)</source>
        <translation>Attainment (%)</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>the amount a coefficient of 1 pays</source>
        <translation>the amount a coefficient of 1 pays</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Coefficient</source>
        <translation>Coefficient</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>Coefficients</source>
        <translation>Coefficients</translation>
    </message>
    <message>
        <source>Prize: an amount or a title, in rank order</source>
        <translation>Prize: an amount or a title, in rank order</translation>
    </message>
    <message>
        <source>Prizes</source>
        <translation>Prizes</translation>
    </message>
    <message>
        <source>Remove component</source>
        <translation>Remove component</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>Bonus</translation>
    </message>
    <message>
        <source>Grade bonus</source>
        <translation>Grade bonus</translation>
    </message>
    <message>
        <source>Contest</source>
        <translation>Contest</translation>
    </message>
    <message>
        <source>the %1 is missing</source>
        <translation>the %1 is missing</translation>
    </message>
    <message>
        <source>the %1 &quot;%2&quot; is not a percentage</source>
        <translation>the %1 &quot;%2&quot; is not a percentage</translation>
    </message>
    <message>
        <source>the amount is missing</source>
        <translation>the amount is missing</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount of money</source>
        <translation>&quot;%1&quot; is not an amount of money</translation>
    </message>
    <message>
        <source>%1 %2 is listed twice</source>
        <translation>%1 %2 is listed twice</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>threshold</source>
        <translation>threshold</translation>
    </message>
    <message>
        <source>attainment from</source>
        <translation>attainment from</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>rate</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>attainment</source>
        <translation>attainment</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>grade</translation>
    </message>
</context>
<context>
    <name>sd::app::PlanRules</name>
    <message>
        <source>commission</source>
        <translation>commission</translation>
    </message>
    <message>
        <source>bonus</source>
        <translation>bonus</translation>
    </message>
    <message>
        <source>grade bonus</source>
        <translation>grade bonus</translation>
    </message>
    <message>
        <source>contest</source>
        <translation>contest</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>a plan version needs a code</source>
        <translation>a plan version needs a code</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <source>plan &quot;%1&quot; already applies to the same role, level and period from the same day (%2): give this version another date</source>
        <translation>plan &quot;%1&quot; already applies to the same role, level and period from the same day (%2): give this version another date</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>unknown metric &quot;%1&quot;: a bonus needs a metric with targets (revenue, gross profit, collections, new customers)</source>
        <translation>unknown metric &quot;%1&quot;: a bonus needs a metric with targets (revenue, gross profit, collections, new customers)</translation>
    </message>
    <message>
        <source>a bonus needs at least one step</source>
        <translation>a bonus needs at least one step</translation>
    </message>
    <message>
        <source>attainment %1 is not above row %2 (%3): steps must be in ascending order</source>
        <translation>attainment %1 is not above row %2 (%3): steps must be in ascending order</translation>
    </message>
    <message>
        <source>the attainment cannot be negative</source>
        <translation>the attainment cannot be negative</translation>
    </message>
    <message>
        <source>the amount cannot be negative</source>
        <translation>the amount cannot be negative</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>a grade bonus belongs to a quarter plan (grades are given per quarter)</source>
        <translation>a grade bonus belongs to a quarter plan (grades are given per quarter)</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <source>the base cannot be negative</source>
        <translation>the base cannot be negative</translation>
    </message>
    <message>
        <source>Coefficients</source>
        <translation>Coefficients</translation>
    </message>
    <message>
        <source>the coefficient of grade %1 cannot be negative</source>
        <translation>the coefficient of grade %1 cannot be negative</translation>
    </message>
    <message>
        <source>Prizes</source>
        <translation>Prizes</translation>
    </message>
    <message>
        <source>unknown contest metric &quot;%1&quot;</source>
        <translation>unknown contest metric &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a contest needs at least one prize</source>
        <translation>a contest needs at least one prize</translation>
    </message>
    <message>
        <source>a prize cannot be negative</source>
        <translation>a prize cannot be negative</translation>
    </message>
    <message>
        <source>a prize is neither an amount nor a title</source>
        <translation>a prize is neither an amount nor a title</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>Commission base</source>
        <translation>Commission base</translation>
    </message>
    <message>
        <source>must be revenue, gross profit or collections</source>
        <translation>must be revenue, gross profit or collections</translation>
    </message>
    <message>
        <source>a commission needs at least one tier</source>
        <translation>a commission needs at least one tier</translation>
    </message>
    <message>
        <source>the first tier must start at attainment 0 %, not %1</source>
        <translation>the first tier must start at attainment 0 %, not %1</translation>
    </message>
    <message>
        <source>attainment from %1 is not above row %2 (%3): tiers must be in ascending order</source>
        <translation>attainment from %1 is not above row %2 (%3): tiers must be in ascending order</translation>
    </message>
    <message>
        <source>the rate %1 is outside 0–100 %</source>
        <translation>the rate %1 is outside 0–100 %</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Threshold</translation>
    </message>
    <message>
        <source>cannot be negative (%1)</source>
        <translation>cannot be negative (%1)</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Cap</translation>
    </message>
    <message>
        <source>Category multipliers</source>
        <translation>Category multipliers</translation>
    </message>
    <message>
        <source>the factor of category %1 cannot be negative</source>
        <translation>the factor of category %1 cannot be negative</translation>
    </message>
    <message>
        <source>Plan &quot;%1&quot; (%2)</source>
        <translation>Plan &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, row %2</source>
        <translation>%1, row %2</translation>
    </message>
    <message>
        <source>always</source>
        <translation>always</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
</context>
<context>
    <name>sd::app::PlanTableEditor</name>
    <message>
        <source>Add row</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Remove row</translation>
    </message>
</context>
<context>
    <name>sd::app::PlanVersionForm</name>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Sales rep</translation>
    </message>
    <message>
        <source>Regional manager</source>
        <translation>Regional manager</translation>
    </message>
    <message>
        <source>Senior manager</source>
        <translation>Senior manager</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>Junior</source>
        <translation>Junior</translation>
    </message>
    <message>
        <source>Mid</source>
        <translation>Mid</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>Senior</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Quarterly</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <source>Changing a version changes the figures of every period it pays, past ones included (approved statements stay locked and show the difference). To change the plan from a later date on, use &quot;New version from date&quot;.</source>
        <translation>Changing a version changes the figures of every period it pays, past ones included (approved statements stay locked and show the difference). To change the plan from a later date on, use &quot;New version from date&quot;.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <source>Add component</source>
        <translation>Add component</translation>
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
        <translation>YYYY-MM-DD, empty while employed</translation>
    </message>
    <message>
        <source>Edit Rep</source>
        <translation>Edit Rep</translation>
    </message>
    <message>
        <source>New Rep</source>
        <translation>New Rep</translation>
    </message>
    <message>
        <source>Use Move Rep to change the team: it keeps the past membership.</source>
        <translation>Use Move Rep to change the team: it keeps the past membership.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>Hire date</translation>
    </message>
    <message>
        <source>Leave date</source>
        <translation>Leave date</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>ID: required.</source>
        <translation>ID: required.</translation>
    </message>
    <message>
        <source>Name: required.</source>
        <translation>Name: required.</translation>
    </message>
    <message>
        <source>Unit: required.</source>
        <translation>Unit: required.</translation>
    </message>
    <message>
        <source>Hire date: &apos;%1&apos; is not a date (YYYY-MM-DD).</source>
        <translation>Hire date: &apos;%1&apos; is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Leave date: &apos;%1&apos; is not a date (YYYY-MM-DD).</source>
        <translation>Leave date: &apos;%1&apos; is not a date (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Leave date: %1 is before the hire date %2.</source>
        <translation>Leave date: %1 is before the hire date %2.</translation>
    </message>
</context>
<context>
    <name>sd::app::ReviewEntryWidget</name>
    <message>
        <source>Far below expectations: the behaviour is rarely seen, even with close guidance.</source>
        <translation>Far below expectations: the behaviour is rarely seen, even with close guidance.</translation>
    </message>
    <message>
        <source>Below expectations: shown now and then, usually after a reminder.</source>
        <translation>Below expectations: shown now and then, usually after a reminder.</translation>
    </message>
    <message>
        <source>Meets expectations: shown reliably in everyday situations.</source>
        <translation>Meets expectations: shown reliably in everyday situations.</translation>
    </message>
    <message>
        <source>Exceeds expectations: shown under pressure too, and helps others to.</source>
        <translation>Exceeds expectations: shown under pressure too, and helps others to.</translation>
    </message>
    <message>
        <source>Role model: sets the standard for the team and coaches others.</source>
        <translation>Role model: sets the standard for the team and coaches others.</translation>
    </message>
    <message>
        <source>%1 (weight %2)</source>
        <translation>%1 (weight %2)</translation>
    </message>
    <message>
        <source>360-degree reviews of %1 for %2. Kinds without a review are left out and the other weights rescaled; the score counts in the total through the template&apos;s review_360 item.</source>
        <translation>360-degree reviews of %1 for %2. Kinds without a review are left out and the other weights rescaled; the score counts in the total through the template&apos;s review_360 item.</translation>
    </message>
    <message>
        <source>360 score: %1</source>
        <translation>360 score: %1</translation>
    </message>
    <message>
        <source>No 360 reviews for this period.</source>
        <translation>No 360 reviews for this period.</translation>
    </message>
    <message>
        <source>Level %1 → %2: %3</source>
        <translation>Level %1 → %2: %3</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Signed off: the reviews are locked. Reopen the appraisal (with a reason) to change them.</source>
        <translation>Signed off: the reviews are locked. Reopen the appraisal (with a reason) to change them.</translation>
    </message>
    <message>
        <source>360-degree review</source>
        <translation>360-degree review</translation>
    </message>
    <message>
        <source>The appraisal of %1 for %2 is signed off and locked: its 360-degree reviews are not changed. Reopen it, with a reason, before changing them.</source>
        <translation>The appraisal of %1 for %2 is signed off and locked: its 360-degree reviews are not changed. Reopen it, with a reason, before changing them.</translation>
    </message>
    <message>
        <source>The review was not saved. %1</source>
        <translation>The review was not saved. %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Reviewer kind</source>
        <translation>Reviewer kind</translation>
    </message>
    <message>
        <source>Reviewer ID</source>
        <translation>Reviewer ID</translation>
    </message>
    <message>
        <source>Score (0–100)</source>
        <translation>Score (0–100)</translation>
    </message>
    <message>
        <source>rep ID (customer ID for a customer)</source>
        <translation>rep ID (customer ID for a customer)</translation>
    </message>
    <message>
        <source>Behaviour anchors (click a level to use its score)</source>
        <translation>Behaviour anchors (click a level to use its score)</translation>
    </message>
    <message>
        <source>Add review</source>
        <translation>Add review</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Reviewer kind: &quot;%1&quot; is not one of supervisor, peer, customer, self.</source>
        <translation>Reviewer kind: &quot;%1&quot; is not one of supervisor, peer, customer, self.</translation>
    </message>
    <message>
        <source>Reviewer: enter the reviewer&apos;s ID.</source>
        <translation>Reviewer: enter the reviewer&apos;s ID.</translation>
    </message>
    <message>
        <source>Reviewer: &quot;%1&quot; is not a customer of this workspace.</source>
        <translation>Reviewer: &quot;%1&quot; is not a customer of this workspace.</translation>
    </message>
    <message>
        <source>Reviewer: &quot;%1&quot; is not a rep of this workspace.</source>
        <translation>Reviewer: &quot;%1&quot; is not a rep of this workspace.</translation>
    </message>
    <message>
        <source>Reviewer: a self review is written by %1 itself, not by &quot;%2&quot;.</source>
        <translation>Reviewer: a self review is written by %1 itself, not by &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Reviewer: %1 cannot review itself as anything but &quot;self&quot;.</source>
        <translation>Reviewer: %1 cannot review itself as anything but &quot;self&quot;.</translation>
    </message>
    <message>
        <source>Score: &quot;%1&quot; is not a number (0–100, at most 2 decimals).</source>
        <translation>Score: &quot;%1&quot; is not a number (0–100, at most 2 decimals).</translation>
    </message>
    <message>
        <source>Score: %1 is outside 0–100.</source>
        <translation>Score: %1 is outside 0–100.</translation>
    </message>
</context>
<context>
    <name>sd::app::ReviseTargetDialog</name>
    <message>
        <source>Revise an approved target</source>
        <translation>Revise an approved target</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Approved figure</source>
        <translation>Approved figure</translation>
    </message>
    <message>
        <source>New figure</source>
        <translation>New figure</translation>
    </message>
    <message>
        <source>Why the approved target changes (kept with the version)</source>
        <translation>Why the approved target changes (kept with the version)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>The new figure is not an amount ≥ 0.</source>
        <translation>The new figure is not an amount ≥ 0.</translation>
    </message>
    <message>
        <source>The new figure is the approved one.</source>
        <translation>The new figure is the approved one.</translation>
    </message>
    <message>
        <source>A revision needs a reason.</source>
        <translation>A revision needs a reason.</translation>
    </message>
</context>
<context>
    <name>sd::app::SettingsDialog</name>
    <message>
        <source>Row %1: the win probability &quot;%2&quot; is not a number.</source>
        <translation>Row %1: the win probability &quot;%2&quot; is not a number.</translation>
    </message>
    <message>
        <source>There must be at least one open stage.</source>
        <translation>There must be at least one open stage.</translation>
    </message>
    <message>
        <source>Row %1: the code is empty.</source>
        <translation>Row %1: the code is empty.</translation>
    </message>
    <message>
        <source>Row %1: the code &quot;%2&quot; may not contain spaces or commas.</source>
        <translation>Row %1: the code &quot;%2&quot; may not contain spaces or commas.</translation>
    </message>
    <message>
        <source>Row %1: &quot;%2&quot; is reserved for closed deals.</source>
        <translation>Row %1: &quot;%2&quot; is reserved for closed deals.</translation>
    </message>
    <message>
        <source>Row %1: the code &quot;%2&quot; is used twice.</source>
        <translation>Row %1: the code &quot;%2&quot; is used twice.</translation>
    </message>
    <message>
        <source>Row %1: the name is empty.</source>
        <translation>Row %1: the name is empty.</translation>
    </message>
    <message>
        <source>Row %1: the win probability must be between 0 and 100.</source>
        <translation>Row %1: the win probability must be between 0 and 100.</translation>
    </message>
    <message>
        <source>The currency may not be empty.</source>
        <translation>The currency may not be empty.</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>New stage</translation>
    </message>
</context>
<context>
    <name>sd::app::SignInStatus</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Sales manager</source>
        <translation>Sales manager</translation>
    </message>
    <message>
        <source>Team lead</source>
        <translation>Team lead</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Sales rep</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>HR</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Signed in as %1 (%2)</translation>
    </message>
    <message>
        <source>Signed in as %1 (database owner, no Salesdesk role)</source>
        <translation>Signed in as %1 (database owner, no Salesdesk role)</translation>
    </message>
    <message>
        <source>The server decides what this user can see and change.</source>
        <translation>The server decides what this user can see and change.</translation>
    </message>
</context>
<context>
    <name>sd::app::TargetGridModel</name>
    <message>
        <source>FY %1</source>
        <translation>FY %1</translation>
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
        <translation>Top-down target of the year minus the bottom-up figures submitted (positive: the plan asks for more than was committed)</translation>
    </message>
    <message>
        <source>Year-to-date actual ÷ the year&apos;s target</source>
        <translation>Year-to-date actual ÷ the year&apos;s target</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Bottom-up</source>
        <translation>Bottom-up</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Actual YTD</source>
        <translation>Actual YTD</translation>
    </message>
    <message>
        <source>Attainment</source>
        <translation>Attainment</translation>
    </message>
    <message>
        <source>%1: the sum of its working days&apos; shares of the month targets</source>
        <translation>%1: the sum of its working days&apos; shares of the month targets</translation>
    </message>
    <message>
        <source>%1: approved, version %2 (locked: change it with Revise)</source>
        <translation>%1: approved, version %2 (locked: change it with Revise)</translation>
    </message>
    <message>
        <source>%1: draft, the sum of its months</source>
        <translation>%1: draft, the sum of its months</translation>
    </message>
    <message>
        <source>%1: draft</source>
        <translation>%1: draft</translation>
    </message>
    <message>
        <source>Over-allocated: the children sum to %1, %2 more than this target</source>
        <translation>Over-allocated: the children sum to %1, %2 more than this target</translation>
    </message>
    <message>
        <source>Under-allocated: the children sum to %1, %2 less than this target</source>
        <translation>Under-allocated: the children sum to %1, %2 less than this target</translation>
    </message>
    <message>
        <source>Submitted bottom-up: %1</source>
        <translation>Submitted bottom-up: %1</translation>
    </message>
    <message>
        <source>%1 (proposed: stored when the target is saved or approved)</source>
        <translation>%1 (proposed: stored when the target is saved or approved)</translation>
    </message>
    <message numerus="yes">
        <source>%n submission(s) missing</source>
        <translation>
            <numerusform>%n submission missing</numerusform>
            <numerusform>%n submissions missing</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a bottom-up figure (a number ≥ 0, at most 2 decimals)</source>
        <translation>%1: &quot;%2&quot; is not a bottom-up figure (a number ≥ 0, at most 2 decimals)</translation>
    </message>
    <message>
        <source>%1: a week&apos;s target follows from its months; edit the months</source>
        <translation>%1: a week&apos;s target follows from its months; edit the months</translation>
    </message>
    <message>
        <source>%1 is approved and locked: change it with Revise and a reason</source>
        <translation>%1 is approved and locked: change it with Revise and a reason</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a target (a number ≥ 0, at most 2 decimals)</source>
        <translation>%1: &quot;%2&quot; is not a target (a number ≥ 0, at most 2 decimals)</translation>
    </message>
</context>
<context>
    <name>sd::app::TargetResponsibilityDialog</name>
    <message>
        <source>Responsibility of a target (目标三定)</source>
        <translation>Responsibility of a target (目标三定)</translation>
    </message>
    <message>
        <source>For every period and customer segment of fiscal year %1</source>
        <translation>For every period and customer segment of fiscal year %1</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <source>KPI item it feeds</source>
        <translation>KPI item it feeds</translation>
    </message>
    <message>
        <source>(choose a person)</source>
        <translation>(choose a person)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation>Gross profit</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>New customers</translation>
    </message>
    <message>
        <source>Responsible person: choose who answers for this target.</source>
        <translation>Responsible person: choose who answers for this target.</translation>
    </message>
    <message>
        <source>KPI item: choose the KPI item this target feeds.</source>
        <translation>KPI item: choose the KPI item this target feeds.</translation>
    </message>
</context>
<context>
    <name>sd::app::TargetsPanel</name>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>Targets: set, decompose, approve, monitor</source>
        <translation>Targets: set, decompose, approve, monitor</translation>
    </message>
    <message>
        <source>Fiscal year</source>
        <translation>Fiscal year</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Gross profit</source>
        <translation>Gross profit</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>New customers</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Existing</source>
        <translation>Existing</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Weeks</translation>
    </message>
    <message>
        <source>Decompose…</source>
        <translation>Decompose…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <source>Revise…</source>
        <translation>Revise…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;background:#f8d0cc&apos;&gt;&amp;nbsp;over-allocated&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fce8c0&apos;&gt;&amp;nbsp;under-allocated&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#e3eef9&apos;&gt;&amp;nbsp;approved&amp;nbsp;&lt;/span&gt; &lt;i&gt;italic: sum of months&lt;/i&gt;</source>
        <translation>&lt;span style=&apos;background:#f8d0cc&apos;&gt;&amp;nbsp;over-allocated&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#fce8c0&apos;&gt;&amp;nbsp;under-allocated&amp;nbsp;&lt;/span&gt; &lt;span style=&apos;background:#e3eef9&apos;&gt;&amp;nbsp;approved&amp;nbsp;&lt;/span&gt; &lt;i&gt;italic: sum of months&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Reading the targets…</source>
        <translation>Reading the targets…</translation>
    </message>
    <message>
        <source>The targets could not be read (see the log).</source>
        <translation>The targets could not be read (see the log).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s); read and computed in %1 ms</source>
        <translation>
            <numerusform>%n row; read and computed in %1 ms</numerusform>
            <numerusform>%n rows; read and computed in %1 ms</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a target to see its versions</source>
        <translation>Select a target to see its versions</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Approved, version %1 (locked)</source>
        <translation>Approved, version %1 (locked)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Top-down: %1</source>
        <translation>Top-down: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Responsible: %1</source>
        <translation>Responsible: %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>KPI item: %1</source>
        <translation>KPI item: %1</translation>
    </message>
    <message>
        <source>Submitted bottom-up: %1</source>
        <translation>Submitted bottom-up: %1</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <source>Edit target %1</source>
        <translation>Edit target %1</translation>
    </message>
    <message>
        <source>Submit bottom-up figure of %1</source>
        <translation>Submit bottom-up figure of %1</translation>
    </message>
    <message>
        <source>%1 has no one below it to decompose to: select a unit.</source>
        <translation>%1 has no one below it to decompose to: select a unit.</translation>
    </message>
    <message>
        <source>Decompose the target of %1</source>
        <translation>Decompose the target of %1</translation>
    </message>
    <message>
        <source>Approve targets</source>
        <translation>Approve targets</translation>
    </message>
    <message>
        <source>Approve every draft %1 target of %2 and the units and reps below it for fiscal year %3 (all periods and customer segments)?

Approved targets are locked: a change then needs a revision with a reason.</source>
        <translation>Approve every draft %1 target of %2 and the units and reps below it for fiscal year %3 (all periods and customer segments)?

Approved targets are locked: a change then needs a revision with a reason.</translation>
    </message>
    <message>
        <source>There is no draft target to approve here.</source>
        <translation>There is no draft target to approve here.</translation>
    </message>
    <message numerus="yes">
        <source>%n target(s) approved.</source>
        <translation>
            <numerusform>%n target approved.</numerusform>
            <numerusform>%n targets approved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>Revise</translation>
    </message>
    <message>
        <source>Select the approved target to revise.</source>
        <translation>Select the approved target to revise.</translation>
    </message>
    <message>
        <source>%1 is not approved: a draft is edited directly in the grid.</source>
        <translation>%1 is not approved: a draft is edited directly in the grid.</translation>
    </message>
    <message>
        <source>Export targets</source>
        <translation>Export targets</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Targets %1</source>
        <translation>Targets %1</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source> · computing the actuals…</source>
        <translation> · computing the actuals…</translation>
    </message>
    <message>
        <source>Responsibility…</source>
        <translation>Responsibility…</translation>
    </message>
    <message>
        <source>Responsible person and KPI item of the selected target (目标三定)</source>
        <translation>Responsible person and KPI item of the selected target (目标三定)</translation>
    </message>
    <message>
        <source>not set (proposed: %1)</source>
        <translation>not set (proposed: %1)</translation>
    </message>
    <message>
        <source>Responsibility</source>
        <translation>Responsibility</translation>
    </message>
    <message>
        <source>Select the target whose responsibility to set.</source>
        <translation>Select the target whose responsibility to set.</translation>
    </message>
    <message>
        <source>The target %1 is approved and locked: its responsible person and KPI item cannot be changed (a revision changes only the figure).</source>
        <translation>The target %1 is approved and locked: its responsible person and KPI item cannot be changed (a revision changes only the figure).</translation>
    </message>
    <message>
        <source>Set the responsibility of %1</source>
        <translation>Set the responsibility of %1</translation>
    </message>
</context>
<context>
    <name>sd::app::TeamEdits</name>
    <message>
        <source>ID: required.</source>
        <translation>ID: required.</translation>
    </message>
    <message>
        <source>ID: %1 is already taken.</source>
        <translation>ID: %1 is already taken.</translation>
    </message>
    <message>
        <source>ID: there is no unit %1.</source>
        <translation>ID: there is no unit %1.</translation>
    </message>
    <message>
        <source>Name: required.</source>
        <translation>Name: required.</translation>
    </message>
    <message>
        <source>Parent: the company is the top of the tree and has no parent.</source>
        <translation>Parent: the company is the top of the tree and has no parent.</translation>
    </message>
    <message>
        <source>Kind: the workspace already has a company (%1).</source>
        <translation>Kind: the workspace already has a company (%1).</translation>
    </message>
    <message>
        <source>Parent: required; only the company has none.</source>
        <translation>Parent: required; only the company has none.</translation>
    </message>
    <message>
        <source>Parent: a unit cannot be its own parent.</source>
        <translation>Parent: a unit cannot be its own parent.</translation>
    </message>
    <message>
        <source>Parent: there is no unit %1.</source>
        <translation>Parent: there is no unit %1.</translation>
    </message>
    <message>
        <source>Parent: %1 is under %2; a unit cannot be moved under itself.</source>
        <translation>Parent: %1 is under %2; a unit cannot be moved under itself.</translation>
    </message>
    <message>
        <source>Parent: %1 is a team; teams hold reps, not units.</source>
        <translation>Parent: %1 is a team; teams hold reps, not units.</translation>
    </message>
    <message>
        <source>Parent: a region belongs to the company.</source>
        <translation>Parent: a region belongs to the company.</translation>
    </message>
    <message>
        <source>Kind: %1 has units under it, so it cannot be a team.</source>
        <translation>Kind: %1 has units under it, so it cannot be a team.</translation>
    </message>
    <message>
        <source>Kind: the company stays the company.</source>
        <translation>Kind: the company stays the company.</translation>
    </message>
    <message>
        <source>ID: there is no rep %1.</source>
        <translation>ID: there is no rep %1.</translation>
    </message>
    <message>
        <source>Unit: there is no unit %1.</source>
        <translation>Unit: there is no unit %1.</translation>
    </message>
    <message>
        <source>Unit: use Move Rep to change the team, so the past membership is kept.</source>
        <translation>Unit: use Move Rep to change the team, so the past membership is kept.</translation>
    </message>
    <message>
        <source>Leave date: %1 is before the hire date %2.</source>
        <translation>Leave date: %1 is before the hire date %2.</translation>
    </message>
    <message>
        <source>Manager: a rep cannot be its own manager.</source>
        <translation>Manager: a rep cannot be its own manager.</translation>
    </message>
    <message>
        <source>Manager: there is no rep %1.</source>
        <translation>Manager: there is no rep %1.</translation>
    </message>
    <message>
        <source>Manager: %1 reports to %2 already; that would be a circle.</source>
        <translation>Manager: %1 reports to %2 already; that would be a circle.</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>No workspace is open.</translation>
    </message>
    <message>
        <source>Add unit %1</source>
        <translation>Add unit %1</translation>
    </message>
    <message>
        <source>Edit unit %1</source>
        <translation>Edit unit %1</translation>
    </message>
    <message>
        <source>There is no unit %1.</source>
        <translation>There is no unit %1.</translation>
    </message>
    <message>
        <source>%1 is the company; it cannot be removed.</source>
        <translation>%1 is the company; it cannot be removed.</translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n unit(s) under it; move or remove them first.</source>
        <translation>
            <numerusform>%1 still has %n unit under it; move or remove them first.</numerusform>
            <numerusform>%1 still has %n units under it; move or remove them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n rep(s); move them to another team first.</source>
        <translation>
            <numerusform>%1 still has %n rep; move them to another team first.</numerusform>
            <numerusform>%1 still has %n reps; move them to another team first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove unit %1</source>
        <translation>Remove unit %1</translation>
    </message>
    <message>
        <source>%1 was not removed: it keeps past results or targets (%2).</source>
        <translation>%1 was not removed: it keeps past results or targets (%2).</translation>
    </message>
    <message>
        <source>Add rep %1</source>
        <translation>Add rep %1</translation>
    </message>
    <message>
        <source>Edit rep %1</source>
        <translation>Edit rep %1</translation>
    </message>
    <message>
        <source>Course: required.</source>
        <translation>Course: required.</translation>
    </message>
    <message>
        <source>Rep: there is no rep %1.</source>
        <translation>Rep: there is no rep %1.</translation>
    </message>
    <message>
        <source>Edit training %1</source>
        <translation>Edit training %1</translation>
    </message>
    <message>
        <source>Add training %1</source>
        <translation>Add training %1</translation>
    </message>
    <message>
        <source>There is no training record %1.</source>
        <translation>There is no training record %1.</translation>
    </message>
    <message>
        <source>Remove training %1</source>
        <translation>Remove training %1</translation>
    </message>
    <message>
        <source>Note: required.</source>
        <translation>Note: required.</translation>
    </message>
    <message>
        <source>Edit coaching note of %1</source>
        <translation>Edit coaching note of %1</translation>
    </message>
    <message>
        <source>Add coaching note of %1</source>
        <translation>Add coaching note of %1</translation>
    </message>
    <message>
        <source>There is no coaching note %1.</source>
        <translation>There is no coaching note %1.</translation>
    </message>
    <message>
        <source>Remove coaching note of %1</source>
        <translation>Remove coaching note of %1</translation>
    </message>
    <message>
        <source>Week: &apos;%1&apos; is not an ISO week (2026-W47).</source>
        <translation>Week: &apos;%1&apos; is not an ISO week (2026-W47).</translation>
    </message>
    <message>
        <source>Customer: required.</source>
        <translation>Customer: required.</translation>
    </message>
    <message>
        <source>Customer: there is no customer %1.</source>
        <translation>Customer: there is no customer %1.</translation>
    </message>
    <message>
        <source>Customer: %1 is already planned in %2.</source>
        <translation>Customer: %1 is already planned in %2.</translation>
    </message>
    <message>
        <source>Plan a visit to %1</source>
        <translation>Plan a visit to %1</translation>
    </message>
    <message>
        <source>%1 is not planned in %2.</source>
        <translation>%1 is not planned in %2.</translation>
    </message>
    <message>
        <source>Unplan the visit to %1</source>
        <translation>Unplan the visit to %1</translation>
    </message>
</context>
<context>
    <name>sd::app::TeamPanel</name>
    <message>
        <source>Loading the workspace…</source>
        <translation>Loading the workspace…</translation>
    </message>
    <message>
        <source>Calculating…</source>
        <translation>Calculating…</translation>
    </message>
    <message numerus="yes">
        <source>As of %1 · %n reps</source>
        <translation>
            <numerusform>As of %1 · %n rep</numerusform>
            <numerusform>As of %1 · %n reps</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from %2 to %3</source>
        <translation>%1 from %2 to %3</translation>
    </message>
    <message>
        <source>Earlier teams: %1</source>
        <translation>Earlier teams: %1</translation>
    </message>
    <message>
        <source>Talent ladder of %1</source>
        <translation>Talent ladder of %1</translation>
    </message>
    <message>
        <source>Select a rep to see its training and appraisal gaps.</source>
        <translation>Select a rep to see its training and appraisal gaps.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>%1 is not appraised in %2.</source>
        <translation>%1 is not appraised in %2.</translation>
    </message>
    <message>
        <source>%1: every appraisal item of %2 at or above target.</source>
        <translation>%1: every appraisal item of %2 at or above target.</translation>
    </message>
    <message>
        <source>Appraisal gaps of %1 in %2: %3</source>
        <translation>Appraisal gaps of %1 in %2: %3</translation>
    </message>
    <message>
        <source>New-hire</source>
        <translation>New-hire</translation>
    </message>
    <message>
        <source>Continuing</source>
        <translation>Continuing</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>score %1</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>not applicable</translation>
    </message>
    <message>
        <source>Move %1 to %2</source>
        <translation>Move %1 to %2</translation>
    </message>
    <message>
        <source>Move rep</source>
        <translation>Move rep</translation>
    </message>
    <message>
        <source>The rep was not moved: %1</source>
        <translation>The rep was not moved: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Hire date</source>
        <translation>Hire date</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>Move to team:</source>
        <translation>Move to team:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Move Rep</source>
        <translation>Move Rep</translation>
    </message>
    <message>
        <source>Talent ladder</source>
        <translation>Talent ladder</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <source>Appraisal gap</source>
        <translation>Appraisal gap</translation>
    </message>
    <message>
        <source>Add Unit…</source>
        <translation>Add Unit…</translation>
    </message>
    <message>
        <source>Edit Unit…</source>
        <translation>Edit Unit…</translation>
    </message>
    <message>
        <source>Remove Unit</source>
        <translation>Remove Unit</translation>
    </message>
    <message>
        <source>Add Rep…</source>
        <translation>Add Rep…</translation>
    </message>
    <message>
        <source>Edit Rep…</source>
        <translation>Edit Rep…</translation>
    </message>
    <message>
        <source>Add Course…</source>
        <translation>Add Course…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Mark Completed</source>
        <translation>Mark Completed</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Visit plan</source>
        <translation>Visit plan</translation>
    </message>
    <message>
        <source>Coaching notes</source>
        <translation>Coaching notes</translation>
    </message>
    <message>
        <source>Customer care</source>
        <translation>Customer care</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Stars</source>
        <translation>Stars</translation>
    </message>
    <message>
        <source>Seniors</source>
        <translation>Seniors</translation>
    </message>
    <message>
        <source>Backbone</source>
        <translation>Backbone</translation>
    </message>
    <message>
        <source>Developing</source>
        <translation>Developing</translation>
    </message>
    <message>
        <source>Newcomers</source>
        <translation>Newcomers</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Tier %1</translation>
    </message>
    <message>
        <source>Senior sales manager</source>
        <translation>Senior sales manager</translation>
    </message>
    <message>
        <source>Regional sales manager</source>
        <translation>Regional sales manager</translation>
    </message>
    <message>
        <source>Sales rep</source>
        <translation>Sales rep</translation>
    </message>
    <message>
        <source>Junior</source>
        <translation>Junior</translation>
    </message>
    <message>
        <source>Mid</source>
        <translation>Mid</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>Senior</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Reps</translation>
    </message>
    <message>
        <source>Target composition</source>
        <translation>Target composition</translation>
    </message>
    <message numerus="yes">
        <source>%n inactive unit(s)</source>
        <translation>
            <numerusform>%n inactive unit</numerusform>
            <numerusform>%n inactive units</numerusform>
        </translation>
    </message>
    <message>
        <source>inactive since %1</source>
        <translation>inactive since %1</translation>
    </message>
    <message>
        <source>Reactivate Unit</source>
        <translation>Reactivate Unit</translation>
    </message>
    <message>
        <source>Deactivate Unit</source>
        <translation>Deactivate Unit</translation>
    </message>
    <message>
        <source>Show inactive units</source>
        <translation>Show inactive units</translation>
    </message>
</context>
<context>
    <name>sd::app::TrainingDialog</name>
    <message>
        <source>YYYY-MM-DD, empty while open</source>
        <translation>YYYY-MM-DD, empty while open</translation>
    </message>
    <message>
        <source>New Training</source>
        <translation>New Training</translation>
    </message>
    <message>
        <source>Edit Training</source>
        <translation>Edit Training</translation>
    </message>
    <message>
        <source>New-hire</source>
        <translation>New-hire</translation>
    </message>
    <message>
        <source>Continuing</source>
        <translation>Continuing</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Completed on</translation>
    </message>
    <message>
        <source>Addresses KPI</source>
        <translation>Addresses KPI</translation>
    </message>
    <message>
        <source>Course: required.</source>
        <translation>Course: required.</translation>
    </message>
    <message>
        <source>Completed on: &apos;%1&apos; is not a date (YYYY-MM-DD).</source>
        <translation>Completed on: &apos;%1&apos; is not a date (YYYY-MM-DD).</translation>
    </message>
</context>
<context>
    <name>sd::app::UnitDialog</name>
    <message>
        <source>Edit Unit</source>
        <translation>Edit Unit</translation>
    </message>
    <message>
        <source>New Unit</source>
        <translation>New Unit</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>(none: the company)</source>
        <translation>(none: the company)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>ID: required.</source>
        <translation>ID: required.</translation>
    </message>
    <message>
        <source>Name: required.</source>
        <translation>Name: required.</translation>
    </message>
</context>
<context>
    <name>sd::app::VisitPlanWidget</name>
    <message>
        <source>visit</source>
        <translation>visit</translation>
    </message>
    <message>
        <source>call</source>
        <translation>call</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>meeting</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>demo</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <translation>%1: %2 – %3</translation>
    </message>
    <message>
        <source>Select a rep to plan its visits.</source>
        <translation>Select a rep to plan its visits.</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>not planned</translation>
    </message>
    <message>
        <source>not visited yet</source>
        <translation>not visited yet</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>no plan</translation>
    </message>
    <message>
        <source>Planned %1 · visited %2 of them (%3) · %4 visited without a plan · visits %5, calls %6, meetings %7, demos %8</source>
        <translation>Planned %1 · visited %2 of them (%3) · %4 visited without a plan · visits %5, calls %6, meetings %7, demos %8</translation>
    </message>
    <message>
        <source>Visit plan</source>
        <translation>Visit plan</translation>
    </message>
    <message>
        <source>Week of:</source>
        <translation>Week of:</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Customer:</translation>
    </message>
    <message>
        <source>name or ID</source>
        <translation>name or ID</translation>
    </message>
    <message>
        <source>Plan Visit</source>
        <translation>Plan Visit</translation>
    </message>
    <message>
        <source>Remove from Plan</source>
        <translation>Remove from Plan</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visits</translation>
    </message>
    <message>
        <source>Other activities</source>
        <translation>Other activities</translation>
    </message>
</context>
<context>
    <name>sd::app::WeeklyReviewWidget</name>
    <message>
        <source>Week of:</source>
        <translation>Week of:</translation>
    </message>
    <message>
        <source>Export xlsx…</source>
        <translation>Export xlsx…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Categories (double-click for the deals)</source>
        <translation>Categories (double-click for the deals)</translation>
    </message>
    <message>
        <source>Pipeline bridge</source>
        <translation>Pipeline bridge</translation>
    </message>
    <message>
        <source>Stalled deals</source>
        <translation>Stalled deals</translation>
    </message>
    <message>
        <source>Biggest movers</source>
        <translation>Biggest movers</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunity</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Days in stage</source>
        <translation>Days in stage</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>%1: %2 – %3, %4</source>
        <translation>%1: %2 – %3, %4</translation>
    </message>
    <message>
        <source>Pipeline bridge (open, expected to close by %1)</source>
        <translation>Pipeline bridge (open, expected to close by %1)</translation>
    </message>
    <message>
        <source>Start (%1)</source>
        <translation>Start (%1)</translation>
    </message>
    <message>
        <source>End (%1)</source>
        <translation>End (%1)</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(new)</translation>
    </message>
    <message>
        <source>The weekly review is not computed yet.</source>
        <translation>The weekly review is not computed yet.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <source>Export xlsx</source>
        <translation>Export xlsx</translation>
    </message>
    <message>
        <source>Writing the weekly review…</source>
        <translation>Writing the weekly review…</translation>
    </message>
    <message>
        <source>Export the weekly review as PDF</source>
        <translation>Export the weekly review as PDF</translation>
    </message>
    <message>
        <source>Export the weekly review as xlsx</source>
        <translation>Export the weekly review as xlsx</translation>
    </message>
    <message>
        <source>weekly-review-%1</source>
        <translation>weekly-review-%1</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>%1 was not written: %2</source>
        <translation>%1 was not written: %2</translation>
    </message>
</context>
<context>
    <name>sd::app::WorkspaceController</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation>Cannot open the workspace</translation>
    </message>
    <message>
        <source>The workspace %1 could not be opened:

%2</source>
        <translation>The workspace %1 could not be opened:

%2</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Opened %1</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>New Workspace</translation>
    </message>
    <message>
        <source>Salesdesk workspaces (*.sqlite)</source>
        <translation>Salesdesk workspaces (*.sqlite)</translation>
    </message>
    <message>
        <source>%1 already exists. Open it instead?</source>
        <translation>%1 already exists. Open it instead?</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Open Workspace</translation>
    </message>
    <message>
        <source>Salesdesk workspaces (*.sqlite);;All files (*)</source>
        <translation>Salesdesk workspaces (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>Import CSV Folder</source>
        <translation>Import CSV Folder</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>The folder could not be imported:

%1</source>
        <translation>The folder could not be imported:

%1</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was written.</source>
        <translation>Import cancelled; nothing was written.</translation>
    </message>
    <message>
        <source>Import errors</source>
        <translation>Import errors</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) in %1. Nothing was imported: fix the files and import the folder again.</source>
        <translation>
            <numerusform>%n error in %1. Nothing was imported: fix the file and import the folder again.</numerusform>
            <numerusform>%n errors in %1. Nothing was imported: fix the files and import the folder again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1 (%2).</source>
        <translation>Imported %1 (%2).</translation>
    </message>
    <message>
        <source>Import Workspace Settings</source>
        <translation>Import Workspace Settings</translation>
    </message>
    <message>
        <source>Workspace settings (*.json);;All files (*)</source>
        <translation>Workspace settings (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot import the settings</source>
        <translation>Cannot import the settings</translation>
    </message>
    <message>
        <source>%1 is not a valid workspace settings file:</source>
        <translation>%1 is not a valid workspace settings file:</translation>
    </message>
    <message>
        <source>%1 could not be read:

%2</source>
        <translation>%1 could not be read:

%2</translation>
    </message>
    <message>
        <source>Settings imported from %1.</source>
        <translation>Settings imported from %1.</translation>
    </message>
    <message>
        <source>Export Workspace Settings</source>
        <translation>Export Workspace Settings</translation>
    </message>
    <message>
        <source>Workspace settings (*.json)</source>
        <translation>Workspace settings (*.json)</translation>
    </message>
    <message>
        <source>Cannot export the settings</source>
        <translation>Cannot export the settings</translation>
    </message>
    <message>
        <source>%1 could not be written:

%2</source>
        <translation>%1 could not be written:

%2</translation>
    </message>
    <message>
        <source>Settings exported to %1.</source>
        <translation>Settings exported to %1.</translation>
    </message>
    <message>
        <source>Cannot save the settings</source>
        <translation>Cannot save the settings</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Log folder</translation>
    </message>
    <message>
        <source>The log files are in %1</source>
        <translation>The log files are in %1</translation>
    </message>
    <message>
        <source>Demo workspace</source>
        <translation>Demo workspace</translation>
    </message>
    <message>
        <source>No temporary folder could be created.</source>
        <translation>No temporary folder could be created.</translation>
    </message>
    <message>
        <source>Creating a demo company to explore Salesdesk with…</source>
        <translation>Creating a demo company to explore Salesdesk with…</translation>
    </message>
    <message>
        <source>The demo workspace could not be built:

%1</source>
        <translation>The demo workspace could not be built:

%1</translation>
    </message>
</context>
<context>
    <name>sd::cli</name>
    <message>
        <source>unexpected argument: </source>
        <translation>unexpected argument: </translation>
    </message>
    <message>
        <source>--period must be a quarter (2026Q3), not </source>
        <translation>--period must be a quarter (2026Q3), not </translation>
    </message>
    <message>
        <source>export failed: </source>
        <translation>export failed: </translation>
    </message>
    <message>
        <source>appraisal sheet </source>
        <translation>appraisal sheet </translation>
    </message>
    <message>
        <source> reps</source>
        <translation> reps</translation>
    </message>
    <message>
        <source> PDF forms</source>
        <translation> PDF forms</translation>
    </message>
    <message>
        <source>the workspace settings are not valid: </source>
        <translation>the workspace settings are not valid: </translation>
    </message>
    <message>
        <source>unknown owner: </source>
        <translation>unknown owner: </translation>
    </message>
    <message>
        <source>demo takes no positional arguments: </source>
        <translation>demo takes no positional arguments: </translation>
    </message>
    <message>
        <source>--size must be small or large, not </source>
        <translation>--size must be small or large, not </translation>
    </message>
    <message>
        <source>--seed must be a whole number, not </source>
        <translation>--seed must be a whole number, not </translation>
    </message>
    <message>
        <source>--as-of must be a date YYYY-MM-DD, not </source>
        <translation>--as-of must be a date YYYY-MM-DD, not </translation>
    </message>
    <message>
        <source>demo data written to</source>
        <translation>demo data written to</translation>
    </message>
    <message>
        <source> as of </source>
        <translation> as of </translation>
    </message>
    <message>
        <source>stage</source>
        <translation>stage</translation>
    </message>
    <message>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source> must be a date YYYY-MM-DD, not </source>
        <translation> must be a date YYYY-MM-DD, not </translation>
    </message>
    <message>
        <source>the workspace has no organisation yet (import org_units.csv first)</source>
        <translation>the workspace has no organisation yet (import org_units.csv first)</translation>
    </message>
    <message>
        <source>Weekly funnel review </source>
        <translation>Weekly funnel review </translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>end</source>
        <translation>end</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>Pipeline bridge (expected to close by </source>
        <translation>Pipeline bridge (expected to close by </translation>
    </message>
    <message>
        <source>--week must be an ISO week like 2026-W47, not </source>
        <translation>--week must be an ISO week like 2026-W47, not </translation>
    </message>
    <message>
        <source>--period must be a month, quarter or year like 2026Q1, not </source>
        <translation>--period must be a month, quarter or year like 2026Q1, not </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>warning: </translation>
    </message>
    <message>
        <source> more warnings</source>
        <translation> more warnings</translation>
    </message>
    <message>
        <source> more errors</source>
        <translation> more errors</translation>
    </message>
    <message>
        <source>usage: salesctl import DIR [--workspace FILE] [--db PATH] [--json]</source>
        <translation>usage: salesctl import DIR [--workspace FILE] [--db PATH] [--json]</translation>
    </message>
    <message>
        <source>imported into </source>
        <translation>imported into </translation>
    </message>
    <message>
        <source>import refused, nothing was written: </source>
        <translation>import refused, nothing was written: </translation>
    </message>
    <message>
        <source> error(s)</source>
        <translation> error(s)</translation>
    </message>
    <message>
        <source>usage: salesctl info [--db PATH] [--json]</source>
        <translation>usage: salesctl info [--db PATH] [--json]</translation>
    </message>
    <message>
        <source>workspace: </source>
        <translation>workspace: </translation>
    </message>
    <message>
        <source>schema version: </source>
        <translation>schema version: </translation>
    </message>
    <message>
        <source>currency: </source>
        <translation>currency: </translation>
    </message>
    <message>
        <source>fiscal year starts in month: </source>
        <translation>fiscal year starts in month: </translation>
    </message>
    <message>
        <source>stages: </source>
        <translation>stages: </translation>
    </message>
    <message>
        <source>Incentives for </source>
        <translation>Incentives for </translation>
    </message>
    <message>
        <source>total </source>
        <translation>total </translation>
    </message>
    <message>
        <source>error: </source>
        <translation>error: </translation>
    </message>
    <message>
        <source>(provisional)</source>
        <translation>(provisional)</translation>
    </message>
    <message>
        <source>usage: salesctl incentive calc --period 2026-10|2026Q3 [--owner unit:ID|rep:ID] [--xlsx F] [--pdf-dir D] [--json]</source>
        <translation>usage: salesctl incentive calc --period 2026-10|2026Q3 [--owner unit:ID|rep:ID] [--xlsx F] [--pdf-dir D] [--json]</translation>
    </message>
    <message>
        <source>--period must be a month (2026-10) or a quarter (2026Q3), not </source>
        <translation>--period must be a month (2026-10) or a quarter (2026Q3), not </translation>
    </message>
    <message>
        <source>KPI scores for </source>
        <translation>KPI scores for </translation>
    </message>
    <message>
        <source>nobody is appraised for this period (no matching template or no active rep)</source>
        <translation>nobody is appraised for this period (no matching template or no active rep)</translation>
    </message>
    <message>
        <source>grade </source>
        <translation>grade </translation>
    </message>
    <message>
        <source>not applicable: </source>
        <translation>not applicable: </translation>
    </message>
    <message>
        <source>Grade distribution per team</source>
        <translation>Grade distribution per team</translation>
    </message>
    <message>
        <source>graded </source>
        <translation>graded </translation>
    </message>
    <message>
        <source>passes</source>
        <translation>passes</translation>
    </message>
    <message>
        <source>FAILS</source>
        <translation>FAILS</translation>
    </message>
    <message>
        <source>usage: salesctl kpi score --period P [--owner unit:ID|rep:ID] [--json]</source>
        <translation>usage: salesctl kpi score --period P [--owner unit:ID|rep:ID] [--json]</translation>
    </message>
    <message>
        <source>--period must be a period label (2026-03, 2026Q3, 2026, 2026-W47), not </source>
        <translation>--period must be a period label (2026-03, 2026Q3, 2026, 2026-W47), not </translation>
    </message>
    <message>
        <source>give --pdf FILE, --xlsx FILE or both</source>
        <translation>give --pdf FILE, --xlsx FILE or both</translation>
    </message>
    <message>
        <source>unknown org unit: </source>
        <translation>unknown org unit: </translation>
    </message>
    <message>
        <source>Meeting pack </source>
        <translation>Meeting pack </translation>
    </message>
    <message>
        <source>Receivables as of </source>
        <translation>Receivables as of </translation>
    </message>
    <message>
        <source>customer</source>
        <translation>customer</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <source>Overdue orders</source>
        <translation>Overdue orders</translation>
    </message>
    <message>
        <source>due </source>
        <translation>due </translation>
    </message>
    <message>
        <source>Credit risk</source>
        <translation>Credit risk</translation>
    </message>
    <message>
        <source>over credit limit </source>
        <translation>over credit limit </translation>
    </message>
    <message>
        <source>over 90 days past due: </source>
        <translation>over 90 days past due: </translation>
    </message>
    <message>
        <source>Collection rate </source>
        <translation>Collection rate </translation>
    </message>
    <message>
        <source>n/a (nothing due)</source>
        <translation>n/a (nothing due)</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>owner</translation>
    </message>
    <message>
        <source>--metric must be revenue, gross_profit, collections or new_customers, not </source>
        <translation>--metric must be revenue, gross_profit, collections or new_customers, not </translation>
    </message>
    <message>
        <source>targets for </source>
        <translation>targets for </translation>
    </message>
    <message>
        <source>no targets</source>
        <translation>no targets</translation>
    </message>
    <message>
        <source>metric</source>
        <translation>metric</translation>
    </message>
    <message>
        <source>segment</source>
        <translation>segment</translation>
    </message>
    <message>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>actual</translation>
    </message>
    <message>
        <source>attain.</source>
        <translation>attain.</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>gap</translation>
    </message>
    <message>
        <source>run rate</source>
        <translation>run rate</translation>
    </message>
    <message>
        <source>usage: salesctl targets show --period P [--today D] [--owner unit:ID|rep:ID] [--metric M] [--json]</source>
        <translation>usage: salesctl targets show --period P [--today D] [--owner unit:ID|rep:ID] [--metric M] [--json]</translation>
    </message>
    <message>
        <source>--period must be 2026, 2026Q1, 2026-03 or 2026-W47, not </source>
        <translation>--period must be 2026, 2026Q1, 2026-03 or 2026-W47, not </translation>
    </message>
    <message>
        <source>--today must be a date YYYY-MM-DD, not </source>
        <translation>--today must be a date YYYY-MM-DD, not </translation>
    </message>
    <message>
        <source>unknown command: </source>
        <translation>unknown command: </translation>
    </message>
    <message>
        <source>unexpected error: </source>
        <translation>unexpected error: </translation>
    </message>
    <message>
        <source>usage: salesctl backup --db WORKSPACE --out FILE [--json]</source>
        <translation>usage: salesctl backup --db WORKSPACE --out FILE [--json]</translation>
    </message>
    <message>
        <source>backed up %1 to %2</source>
        <translation>backed up %1 to %2</translation>
    </message>
    <message>
        <source>usage: salesctl restore --db WORKSPACE --from FILE [--json]</source>
        <translation>usage: salesctl restore --db WORKSPACE --from FILE [--json]</translation>
    </message>
    <message>
        <source>restored %1 from %2</source>
        <translation>restored %1 from %2</translation>
    </message>
    <message>
        <source>the replaced content is kept in %1</source>
        <translation>the replaced content is kept in %1</translation>
    </message>
    <message>
        <source>option takes no value: </source>
        <translation>option takes no value: </translation>
    </message>
    <message>
        <source>missing value for option </source>
        <translation>missing value for option </translation>
    </message>
    <message>
        <source>unknown language (use zh_CN or en): </source>
        <translation>unknown language (use zh_CN or en): </translation>
    </message>
    <message>
        <source>missing required option </source>
        <translation>missing required option </translation>
    </message>
    <message>
        <source>unknown option for this command: </source>
        <translation>unknown option for this command: </translation>
    </message>
    <message>
        <source>--owner must be unit:ID or rep:ID, not </source>
        <translation>--owner must be unit:ID or rep:ID, not </translation>
    </message>
    <message>
        <source>Funnel of </source>
        <translation>Funnel of </translation>
    </message>
    <message>
        <source>weighted</source>
        <translation>weighted</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>Window </source>
        <translation>Window </translation>
    </message>
    <message>
        <source>, cohort </source>
        <translation>, cohort </translation>
    </message>
    <message>
        <source>Win rate </source>
        <translation>Win rate </translation>
    </message>
    <message>
        <source> won, </source>
        <translation> won, </translation>
    </message>
    <message>
        <source> lost)</source>
        <translation> lost)</translation>
    </message>
    <message>
        <source>Average won amount </source>
        <translation>Average won amount </translation>
    </message>
    <message>
        <source>, average cycle </source>
        <translation>, average cycle </translation>
    </message>
    <message>
        <source>Velocity per day </source>
        <translation>Velocity per day </translation>
    </message>
    <message>
        <source>Coverage </source>
        <translation>Coverage </translation>
    </message>
    <message>
        <source> open, expected </source>
        <translation> open, expected </translation>
    </message>
    <message>
        <source> open, the period is over</source>
        <translation> open, the period is over</translation>
    </message>
    <message>
        <source>; target </source>
        <translation>; target </translation>
    </message>
    <message>
        <source>, actual </source>
        <translation>, actual </translation>
    </message>
    <message>
        <source>Health: no flags</source>
        <translation>Health: no flags</translation>
    </message>
    <message>
        <source>Health: </source>
        <translation>Health: </translation>
    </message>
    <message>
        <source> below half the team median </source>
        <translation> below half the team median </translation>
    </message>
    <message>
        <source> amount </source>
        <translation> amount </translation>
    </message>
    <message>
        <source> count </source>
        <translation> count </translation>
    </message>
    <message>
        <source>--from and --to go together: give both or neither</source>
        <translation>--from and --to go together: give both or neither</translation>
    </message>
    <message>
        <source>--period must be a period label (2026-03, 2026Q1, 2026, 2026-W47), not </source>
        <translation>--period must be a period label (2026-03, 2026Q1, 2026, 2026-W47), not </translation>
    </message>
    <message>
        <source>--from must not be after --to</source>
        <translation>--from must not be after --to</translation>
    </message>
    <message>
        <source>missing required option --owner (unit:ID)</source>
        <translation>missing required option --owner (unit:ID)</translation>
    </message>
    <message>
        <source>--period must be a fiscal year (2026) or quarter (2026Q1), not </source>
        <translation>--period must be a fiscal year (2026) or quarter (2026Q1), not </translation>
    </message>
    <message>
        <source>no --amount given and </source>
        <translation>no --amount given and </translation>
    </message>
    <message>
        <source> has no </source>
        <translation> has no </translation>
    </message>
    <message>
        <source> target for </source>
        <translation> target for </translation>
    </message>
    <message>
        <source>--method must be equal, weights, history or capacity, not </source>
        <translation>--method must be equal, weights, history or capacity, not </translation>
    </message>
    <message>
        <source>--method weights needs --weights FILE</source>
        <translation>--method weights needs --weights FILE</translation>
    </message>
    <message>
        <source>--weights FILE goes with --method weights</source>
        <translation>--weights FILE goes with --method weights</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>assigned</translation>
    </message>
    <message>
        <source>note: </source>
        <translation>note: </translation>
    </message>
    <message>
        <source>period</source>
        <translation>period</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>existing</source>
        <translation>existing</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>saved targets: </source>
        <translation>saved targets: </translation>
    </message>
    <message>
        <source>usage: salesctl targets decompose --owner unit:ID --metric M --period YEAR|QUARTER --amount X --method equal|weights|history|capacity [--weights FILE] [--seasonality equal|history|FILE] [--existing-share S] [--over-assign F] [--to-reps] [--save] [--json]</source>
        <translation>usage: salesctl targets decompose --owner unit:ID --metric M --period YEAR|QUARTER --amount X --method equal|weights|history|capacity [--weights FILE] [--seasonality equal|history|FILE] [--existing-share S] [--over-assign F] [--to-reps] [--save] [--json]</translation>
    </message>
    <message>
        <source>usage: salesctl targets decompose|show …</source>
        <translation>usage: salesctl targets decompose|show …</translation>
    </message>
    <message>
        <source>: owner must be unit:ID, rep:ID or an id, not </source>
        <translation>: owner must be unit:ID, rep:ID or an id, not </translation>
    </message>
    <message>
        <source>: the id is both a unit and a rep, write unit:</source>
        <translation>: the id is both a unit and a rep, write unit:</translation>
    </message>
    <message>
        <source> or rep:</source>
        <translation> or rep:</translation>
    </message>
    <message>
        <source>: unknown owner </source>
        <translation>: unknown owner </translation>
    </message>
    <message>
        <source>: a second weight for </source>
        <translation>: a second weight for </translation>
    </message>
    <message>
        <source>: not valid JSON: </source>
        <translation>: not valid JSON: </translation>
    </message>
    <message>
        <source>: the weight must be a decimal ≥ 0 with at most 6 decimals</source>
        <translation>: the weight must be a decimal ≥ 0 with at most 6 decimals</translation>
    </message>
    <message>
        <source>:1: the weights file needs the header owner,weight (or a JSON object)</source>
        <translation>:1: the weights file needs the header owner,weight (or a JSON object)</translation>
    </message>
    <message>
        <source>: missing owner or weight</source>
        <translation>: missing owner or weight</translation>
    </message>
    <message>
        <source>: weight: must be a decimal ≥ 0 with at most 6 decimals, not </source>
        <translation>: weight: must be a decimal ≥ 0 with at most 6 decimals, not </translation>
    </message>
    <message>
        <source>: no weights in the file</source>
        <translation>: no weights in the file</translation>
    </message>
    <message>
        <source>]: a seasonality weight must be a decimal ≥ 0 with at most 6 decimals</source>
        <translation>]: a seasonality weight must be a decimal ≥ 0 with at most 6 decimals</translation>
    </message>
    <message>
        <source>: a seasonality weight must be a decimal ≥ 0 with at most 6 decimals, not </source>
        <translation>: a seasonality weight must be a decimal ≥ 0 with at most 6 decimals, not </translation>
    </message>
    <message>
        <source> must be a decimal with at most 6 decimals, not </source>
        <translation> must be a decimal with at most 6 decimals, not </translation>
    </message>
    <message>
        <source>usage: salesctl migrate --from FILE|postgresql://… --to postgresql://…|FILE [--json]</source>
        <translation>usage: salesctl migrate --from FILE|postgresql://… --to postgresql://…|FILE [--json]</translation>
    </message>
    <message>
        <source>no workspace file %1</source>
        <translation>no workspace file %1</translation>
    </message>
    <message>
        <source>--from and --to name the same workspace</source>
        <translation>--from and --to name the same workspace</translation>
    </message>
    <message>
        <source>copied %1 rows in %2 tables from %3 to %4 (counts and checksums verified)</source>
        <translation>copied %1 rows in %2 tables from %3 to %4 (counts and checksums verified)</translation>
    </message>
    <message>
        <source>%1 is a shared server: restore it with pg_restore as its administrator (see docs/team-server.md, &quot;Backups&quot;), not with salesctl restore</source>
        <translation>%1 is a shared server: restore it with pg_restore as its administrator (see docs/team-server.md, &quot;Backups&quot;), not with salesctl restore</translation>
    </message>
    <message>
        <source>usage: salesctl backup --db postgresql://… --out FILE [--json]</source>
        <translation>usage: salesctl backup --db postgresql://… --out FILE [--json]</translation>
    </message>
    <message>
        <source>backed up %1 to %2 (pg_dump; restore with pg_restore)</source>
        <translation>backed up %1 to %2 (pg_dump; restore with pg_restore)</translation>
    </message>
    <message>
        <source>users and roles set up on %1: %2 tables secured</source>
        <translation>users and roles set up on %1: %2 tables secured</translation>
    </message>
    <message>
        <source>table %1 has no rule: only admin and sales_manager can use it</source>
        <translation>table %1 has no rule: only admin and sales_manager can use it</translation>
    </message>
    <message>
        <source>usage: salesctl --db postgresql://… team add-user --login L --role admin|sales_manager|team_lead|rep|hr [--rep ID] [--unit ID] [--password-env VAR]</source>
        <translation>usage: salesctl --db postgresql://… team add-user --login L --role admin|sales_manager|team_lead|rep|hr [--rep ID] [--unit ID] [--password-env VAR]</translation>
    </message>
    <message>
        <source>unknown role (use admin, sales_manager, team_lead, rep or hr): </source>
        <translation>unknown role (use admin, sales_manager, team_lead, rep or hr): </translation>
    </message>
    <message>
        <source>the environment variable named by --password-env is not set: </source>
        <translation>the environment variable named by --password-env is not set: </translation>
    </message>
    <message>
        <source>user %1 added as %2 (%3)</source>
        <translation>user %1 added as %2 (%3)</translation>
    </message>
    <message>
        <source>usage: salesctl --db postgresql://… team remove-user --login L</source>
        <translation>usage: salesctl --db postgresql://… team remove-user --login L</translation>
    </message>
    <message>
        <source>user %1 removed; the login can no longer sign in</source>
        <translation>user %1 removed; the login can no longer sign in</translation>
    </message>
    <message>
        <source>not a Salesdesk user (database owner?)</source>
        <translation>not a Salesdesk user (database owner?)</translation>
    </message>
    <message>
        <source>usage: salesctl --db postgresql://… team init|add-user|remove-user|users|whoami</source>
        <translation>usage: salesctl --db postgresql://… team init|add-user|remove-user|users|whoami</translation>
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
        <translation>usage: salesctl [--db PATH|URL] [--lang zh_CN|en] [--json] [--verbose] [--no-backup] COMMAND …

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
</translation>
    </message>
    <message>
        <source>team needs a workspace on a PostgreSQL server: --db postgresql://USER@HOST/DATABASE</source>
        <translation>team needs a workspace on a PostgreSQL server: --db postgresql://USER@HOST/DATABASE</translation>
    </message>
    <message>
        <source>whole company</source>
        <translation>whole company</translation>
    </message>
</context>
<context>
    <name>sd::storage::Backup</name>
    <message>
        <source>out of memory</source>
        <translation>out of memory</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>cannot open %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Salesdesk workspace (%2)</source>
        <translation>%1 is not a Salesdesk workspace (%2)</translation>
    </message>
    <message>
        <source>cannot back up %1 to %2: %3</source>
        <translation>cannot back up %1 to %2: %3</translation>
    </message>
    <message>
        <source>cannot back up %1 onto itself</source>
        <translation>cannot back up %1 onto itself</translation>
    </message>
    <message>
        <source>cannot back up %1: the file does not exist</source>
        <translation>cannot back up %1: the file does not exist</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file</source>
        <translation>%1 is a folder, not a workspace file</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Salesdesk workspace: it is not an SQLite database file</source>
        <translation>%1 is not a Salesdesk workspace: it is not an SQLite database file</translation>
    </message>
    <message>
        <source>%1 is truncated: it holds %2 bytes of the %3 its header announces (an incomplete copy?)</source>
        <translation>%1 is truncated: it holds %2 bytes of the %3 its header announces (an incomplete copy?)</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 does not exist</translation>
    </message>
    <message>
        <source>%1 is empty, not a workspace</source>
        <translation>%1 is empty, not a workspace</translation>
    </message>
    <message>
        <source>%1 was written by a newer Salesdesk (schema %2; this version knows up to %3)</source>
        <translation>%1 was written by a newer Salesdesk (schema %2; this version knows up to %3)</translation>
    </message>
    <message>
        <source>%1 is not a Salesdesk workspace: it holds no tables</source>
        <translation>%1 is not a Salesdesk workspace: it holds no tables</translation>
    </message>
    <message>
        <source>%1 is not a Salesdesk workspace: it has no table &quot;%2&quot;</source>
        <translation>%1 is not a Salesdesk workspace: it has no table &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check: %2)</source>
        <translation>%1 is damaged (integrity check: %2)</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 rows refer to missing rows (first in table &quot;%3&quot;)</source>
        <translation>%1 is damaged: %2 rows refer to missing rows (first in table &quot;%3&quot;)</translation>
    </message>
    <message>
        <source>cannot restore %1 from itself</source>
        <translation>cannot restore %1 from itself</translation>
    </message>
    <message>
        <source>restore refused, the workspace %1 was not changed: %2</source>
        <translation>restore refused, the workspace %1 was not changed: %2</translation>
    </message>
    <message>
        <source>cannot create the backup folder %1</source>
        <translation>cannot create the backup folder %1</translation>
    </message>
    <message>
        <source>cannot keep a copy of it in %1</source>
        <translation>cannot keep a copy of it in %1</translation>
    </message>
    <message>
        <source>cannot restore %1: %2</source>
        <translation>cannot restore %1: %2</translation>
    </message>
    <message>
        <source>the disk holding %1 is full: the change was not saved and the workspace is unchanged. Free some space and try again. (%2)</source>
        <translation>the disk holding %1 is full: the change was not saved and the workspace is unchanged. Free some space and try again. (%2)</translation>
    </message>
    <message>
        <source>%1 is read-only: the change was not saved and the workspace is unchanged. (%2)</source>
        <translation>%1 is read-only: the change was not saved and the workspace is unchanged. (%2)</translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>--amount must be money with at most 2 decimals (1234.50), not </source>
        <translation>--amount must be money with at most 2 decimals (1234.50), not </translation>
    </message>
    <message>
        <source>--amount of new_customers must be a whole number, not </source>
        <translation>--amount of new_customers must be a whole number, not </translation>
    </message>
    <message>
        <source>cannot read </source>
        <translation>cannot read </translation>
    </message>
</context>
</TS>
