<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>Import</name>
    <message>
        <source>cannot read the file: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty (a header row is needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> has no name, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column appears twice in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown column, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required column is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not valid UTF-8; a sheet saved by Excel as GBK/ANSI text must be saved again as &quot;CSV UTF-8&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> fields, found </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required value is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id has leading or trailing spaces: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than two decimals: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an amount of money (digits, optional &apos;-&apos;, at most two decimals): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 6 decimals: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a decimal number: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a whole number: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of range </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 1 or 0: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown period label (2026-03, 2026Q1, 2026, 2026-W47): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (first on line </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no CSV file of the interchange format in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a file of the interchange format, ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a target is for a month, a quarter or a year, not a week: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KPI </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> is computed from the data; this value is not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> is not defined in the workspace settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a review period must be a quarter (2026Q3): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score must be between 0 and 100: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same reviewer reviews this rep twice in the quarter (first on line </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>); both scores count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no root unit: exactly one org unit must have an empty parent_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second root unit </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (root </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> already has no parent): exactly one root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parent_id makes a cycle through unit </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a unit cannot be its own parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown org unit </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rep cannot be their own manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left_on is before hire_date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown rep </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit_limit is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown stage </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown opportunity </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a stage history is imported with its opportunity: list it in opportunities.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history dates go backwards for opportunity </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> after </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (line </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first history row of opportunity </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> must be on its created_on </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, not </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last history row of opportunity </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> must be its stage </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled_on </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> is before order_date </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share must be more than 0 and at most 1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the non-overlay shares of order </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> sum to </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, must be exactly 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a payment must be more than 0: </source>
        <translation type="unfinished"></translation>
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
    <name>UndoCommands</name>
    <message>
        <source>Change Settings</source>
        <translation>Change Settings</translation>
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
        <source>Select a customer to see its profile, opportunities, orders, payments and activities.</source>
        <translation>Select a customer to see its profile, opportunities, orders, payments and activities.</translation>
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
</context>
<context>
    <name>sd::app::ErrorListDialog</name>
    <message>
        <source>Copy all</source>
        <translation>Copy all</translation>
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
        <source>%1 reps · %2 customers · %3 opportunities · %4 orders</source>
        <translation>%1 reps · %2 customers · %3 opportunities · %4 orders</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>No recent workspaces</translation>
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
</TS>
