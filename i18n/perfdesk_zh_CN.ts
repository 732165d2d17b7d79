<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Backup</name>
    <message>
        <source>{path} is not a PerfDesk database: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is damaged: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database {path} was written by a newer version of PerfDesk (schema {revision}). Install the newer version to open it; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a PerfDesk database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is already open in another PerfDesk window or program ({holder}). Close it there first; opening it twice could damage the data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Supervising department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department-wide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General public budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government fund budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State capital operation budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social insurance fund budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own-level project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County transfer to lower levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provincial transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipal transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-fiscal funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal appropriation this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried over from last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least (≥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most (≤)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equal (=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualitative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historical standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium-term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules and systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hardware and facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key evaluation of a single policy or project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comprehensive evaluation of special funds or a sector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-evaluation of own-level projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-evaluation of county transfers to lower levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported (category of one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unscored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot-check difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probation decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support after adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department-specific standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>not an amount: {text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Params</name>
    <message>
        <source>MOF 2020 measures (财预〔2020〕10号)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring measures (财预〔2019〕136号)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PerfDesk default, not a published rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>冠县 last-place elimination (seed 000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>菏泽 practice (seed 002)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County (issuing authority) name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pattern that unit codes must match (regular expression, empty = any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RULES §1: codes are opaque; a county may configure a pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimals for amounts in 万元</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require the cost first level (成本指标)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>齐河 target guideline (seed 002)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicator weights must sum to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warn when a target is below last year&apos;s actual by more than (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>齐河: values set strictly and high (seed 002)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality checks: severity or off, per check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In-year monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time progress basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RULES §3: exact calendar-day share by default; months ÷ 12 in much practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar days elapsed / days in year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months elapsed / 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red warning when execution lags time progress by at least (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>菏泽 puts a lag of 40 points or more under key monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow warning when execution lags time progress by at least (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key monitoring when the lag is at least (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wording of the &apos;impossible&apos; likelihood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require a reason and measure unless the target is certain to be met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-evaluation scoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points for budget execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points for output indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points for effect indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points for satisfaction indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost indicators take their points from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output (产出) points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effect (效益) points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their own first-level points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution rate denominator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-year budget (全年预算数)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial budget (年初预算数)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusted budget (调整后预算数)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require an explanation when the execution rate is below (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sichuan practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag an actual above target by at least (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deduct points for an over-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points deducted for an over-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One province&apos;s rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualitative band edge: achieved (% of points, lower bound)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualitative band edge: partly achieved (% of points, lower bound)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80/50 is also published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescale to 100 when indicators are not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap the total by execution rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caps: execution rate below (%) → total at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 优 from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 良 from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade 中 from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounding of each line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two decimals, half up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole numbers, half up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot-check review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample share per unit (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>冠县, 菏泽 (seeds 000, 002)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least this many per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always include 优 projects with execution below (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over-completion up to (%) loses no points in review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review practice (RULES §5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output plus effect must carry at least (% of points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking and last-place elimination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last-place elimination (冠县)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By grade (达州)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranking categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fund origins excluded from elimination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bottom share whose budget is cut (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounding of the bottom count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round half up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum cut of this year&apos;s budget (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the last project of each category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest category in which the last place is cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects tied at the cut line share its treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade rule: cut for 中 (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>达州 practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade rule: decision for 差</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend (probation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ex-ante assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support from score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support after adjustment from score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind to back up to a folder after (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body font file (empty = system 仿宋 or bundled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading font file (empty = system 黑体 or bundled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed wording of &apos;impossible&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Score</name>
    <message>
        <source>Two decimals, half up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole numbers, half up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As entered (no rounding)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>file {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
