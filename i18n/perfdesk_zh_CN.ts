<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>PerfDesk</source>
        <translation>绩效通</translation>
    </message>
    <message>
        <source>Budget performance management for county finance bureaus and township finance offices.</source>
        <translation>面向县级财政部门和乡镇财政所的预算绩效管理软件。</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>数据库结构版本</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>About PerfDesk</source>
        <translation>关于绩效通</translation>
    </message>
</context>
<context>
    <name>Access</name>
    <message>
        <source>This database has accounts: sign in first (nothing was changed).</source>
        <translation>此数据库启用了账户，请先登录（未作任何改动）。</translation>
    </message>
    <message>
        <source>{user} ({role}) may not {what}; nothing was changed.</source>
        <translation>{user}（{role}）不能{what}，未作任何改动。</translation>
    </message>
    <message>
        <source>see the data</source>
        <translation>查看业务数据</translation>
    </message>
    <message>
        <source>edit targets, monitoring or self-evaluations</source>
        <translation>编辑绩效目标、监控或自评</translation>
    </message>
    <message>
        <source>review, rank, spot-check, keep the ledger or change master data</source>
        <translation>审核、排名、抽查、管理整改台账或修改基础数据</translation>
    </message>
    <message>
        <source>manage accounts</source>
        <translation>管理账户</translation>
    </message>
    <message>
        <source>change settings</source>
        <translation>修改设置</translation>
    </message>
    <message>
        <source>back up or restore the database</source>
        <translation>备份或恢复数据库</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <source>{user} may only see and change its own unit&apos;s records; nothing was changed.</source>
        <translation>{user}只能查看和修改本单位（含下级单位）的数据，未作任何改动。</translation>
    </message>
</context>
<context>
    <name>AccountDialog</name>
    <message>
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>账户名</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Unit (unit clerks)</source>
        <translation>所属单位（单位填报人员）</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>初始密码</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>再输一次</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>A password needs at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <source>A password needs at least {n} of: capital letters, small letters, digits, symbols.</source>
        <translation>密码至少需要包含大写字母、小写字母、数字、符号中的 {n} 种。</translation>
    </message>
    <message>
        <source>A password may not contain the account name.</source>
        <translation>密码不能包含账户名。</translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>账户需要一个名称。</translation>
    </message>
    <message>
        <source>There is already an account named {login}.</source>
        <translation>已有名为 {login} 的账户。</translation>
    </message>
    <message>
        <source>Unknown role {role}.</source>
        <translation>未知角色 {role}。</translation>
    </message>
    <message>
        <source>A unit clerk&apos;s account needs its unit.</source>
        <translation>单位填报人员的账户需要指定所属单位。</translation>
    </message>
    <message>
        <source>No such account.</source>
        <translation>没有这个账户。</translation>
    </message>
    <message>
        <source>This account is locked after repeated failed logins until {time}; the administrator can release it sooner.</source>
        <translation>此账户因多次登录失败已锁定至 {time}；系统管理员可提前解锁。</translation>
    </message>
    <message>
        <source>Wrong account name or password, or the account is disabled.</source>
        <translation>账户名或密码错误，或账户已停用。</translation>
    </message>
    <message>
        <source>The current password is wrong; nothing was changed.</source>
        <translation>当前密码错误，未作任何改动。</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>最近登录</translation>
    </message>
    <message>
        <source>Switch accounts on…</source>
        <translation>启用账户登录…</translation>
    </message>
    <message>
        <source>Switch to single-user mode</source>
        <translation>切换为单用户模式</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>新建账户…</translation>
    </message>
    <message>
        <source>New password…</source>
        <translation>重设密码…</translation>
    </message>
    <message>
        <source>Release lockout</source>
        <translation>解除锁定</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>This database has accounts; signed in as {user} ({role}).</source>
        <translation>此数据库启用了账户；当前登录：{user}（{role}）。</translation>
    </message>
    <message>
        <source>Single-user mode: no login (for a PC one person uses). Switch accounts on for a shared PC: you become the administrator &apos;admin&apos;.</source>
        <translation>单用户模式：无需登录（适用于一人使用的电脑）。多人共用的电脑请启用账户登录，您将成为系统管理员 admin。</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再输一次新密码</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不一致，未作任何改动。</translation>
    </message>
    <message>
        <source>The administrator&apos;s first password</source>
        <translation>系统管理员的初始密码</translation>
    </message>
    <message>
        <source>Accounts are on. Sign in as admin with this password next time; it must be changed then.</source>
        <translation>已启用账户登录。下次请以 admin 和此密码登录，届时须修改密码。</translation>
    </message>
</context>
<context>
    <name>AgenciesTab</name>
    <message>
        <source>Agency</source>
        <translation>第三方机构</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Quality rating</source>
        <translation>质量评级</translation>
    </message>
    <message>
        <source>Rated in</source>
        <translation>评级年度</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>评价项目数</translation>
    </message>
    <message>
        <source>(not rated)</source>
        <translation>（未评级）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>命令与参数</translation>
    </message>
    <message>
        <source>options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>显示本帮助并退出</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>参数 %(argument_name)s：%(message)s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>无法识别的参数：%s</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>缺少必需的参数：%s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>参数 %s 须给出其中一个</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>不能与参数 %s 同时使用</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>需要一个值</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>最多一个值</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>至少需要一个值</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>选项 %(option)s 不明确，可能是 %(matches)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>无效的 %(type)s 值：%(value)r</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>无效的选项：%(value)r（可选：%(choices)s）</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s</source>
        <translation>%(prog)s：错误：%(message)s</translation>
    </message>
</context>
<context>
    <name>AssessmentForm</name>
    <message>
        <source>Finance bureau, agency or expert panel</source>
        <translation>财政局、第三方机构或专家组</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>评估维度</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>评估要点</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>评价等级</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>主要发现</translation>
    </message>
    <message>
        <source>Enters the project library (纳入项目库)</source>
        <translation>纳入项目库</translation>
    </message>
    <message>
        <source>Further remarks printed under the conclusion</source>
        <translation>其他意见（印在评估结论之后）</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>评估人</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <source>Further remarks</source>
        <translation>其他意见</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Findings and conclusion</source>
        <translation>评估发现与结论</translation>
    </message>
    <message>
        <source>PerfDesk defaults, not a published rule</source>
        <translation>绩效通默认值，非公开发布的规定</translation>
    </message>
    <message>
        <source>as set by the county</source>
        <translation>本县设置</translation>
    </message>
    <message>
        <source>Support from {support}, support after adjustment from {adjust}, below that do not support; 优/良/中/差 earn {shares}% of an item&apos;s points ({whose}; see Settings).</source>
        <translation>{support} 分及以上予以支持，{adjust} 分及以上调整后支持，以下不予支持；优/良/中/差分别得该项分值的 {shares}%（{whose}，可在“设置”中修改）。</translation>
    </message>
    <message>
        <source>{n} item(s) not graded yet: {total} of {points} so far ({dims}).</source>
        <translation>{n} 项尚未评价：目前得分 {total}（满分 {points}）（{dims}）。</translation>
    </message>
    <message>
        <source>Total {total} of {points}: {conclusion} ({dims}).</source>
        <translation>综合得分 {total}（满分 {points}）：{conclusion}（{dims}）。</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <source>an entry outside the chain (inserted)</source>
        <translation>不在哈希链中的记录（被插入）</translation>
    </message>
    <message>
        <source>entries {first}–{last} are missing (deleted)</source>
        <translation>第 {first}–{last} 条记录缺失（被删除）</translation>
    </message>
    <message>
        <source>does not follow the entry before it (an entry was deleted or inserted)</source>
        <translation>与前一条记录接不上（有记录被删除或插入）</translation>
    </message>
    <message>
        <source>its content was changed after it was written</source>
        <translation>写入后内容被修改</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>对象编号</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Entry {seq} (row {id}): {what}</source>
        <translation>第 {seq} 条（行 {id}）：{what}</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Action, e.g. login</source>
        <translation>操作，如 login</translation>
    </message>
    <message>
        <source>Text in the details</source>
        <translation>详情中的文字</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Verify the chain</source>
        <translation>校验哈希链</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>{n} entries shown.</source>
        <translation>显示 {n} 条记录。</translation>
    </message>
    <message>
        <source>The audit log was tampered with:</source>
        <translation>审计日志被篡改：</translation>
    </message>
    <message>
        <source>The audit log is intact: no entry was changed, deleted or inserted.</source>
        <translation>审计日志完整：没有记录被修改、删除或插入。</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>{n} entries written to {path}</source>
        <translation>已将 {n} 条记录写入 {path}</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>{path} is not a complete SQLite database (it may have been cut short).</source>
        <translation>{path} 不是完整的数据库文件（可能在写入时被中断）。</translation>
    </message>
    <message>
        <source>{path} is not a PerfDesk database: {error}</source>
        <translation>{path} 不是绩效通数据库：{error}</translation>
    </message>
    <message>
        <source>{path} is damaged: {error}</source>
        <translation>{path} 已损坏：{error}</translation>
    </message>
    <message>
        <source>{path} is a folder: choose a backup file (….db) in it.</source>
        <translation>{path} 是一个文件夹，请选择其中的备份文件（….db）。</translation>
    </message>
    <message>
        <source>{path} is not a PerfDesk database.</source>
        <translation>{path} 不是绩效通数据库。</translation>
    </message>
    <message>
        <source>The copy of {path} does not match it (schema or row counts); the database was not replaced.</source>
        <translation>{path} 的复制结果与原文件不一致（结构版本或记录数），数据库未被替换。</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Daily (automatic)</source>
        <translation>每日（自动）</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Before upgrading the database</source>
        <translation>升级数据库前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>Automatic ({reason})</source>
        <translation>自动（{reason}）</translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Back up to a folder…</source>
        <translation>备份到文件夹…</translation>
    </message>
    <message>
        <source>Restore selected…</source>
        <translation>恢复所选备份…</translation>
    </message>
    <message>
        <source>Restore from a file…</source>
        <translation>从文件恢复…</translation>
    </message>
    <message>
        <source>Open backups folder</source>
        <translation>打开备份文件夹</translation>
    </message>
    <message>
        <source>{reason} — incomplete, cannot be restored</source>
        <translation>{reason}（文件不完整，不能用于恢复）</translation>
    </message>
    <message>
        <source>Database: {db}
Backups are kept in {folder}; automatic ones are pruned to the newest (setting “Automatic backups to keep”), those made by hand stay.</source>
        <translation>数据库：{db}
备份保存在 {folder}；自动备份只保留最新的若干份（设置“自动备份保留份数”），手动备份一直保留。</translation>
    </message>
    <message>
        <source>No backup to a folder (USB stick, network share) yet.</source>
        <translation>还没有备份到文件夹（U 盘、网络共享）。</translation>
    </message>
    <message>
        <source>Last backup to a folder: {date} ({days} days ago).</source>
        <translation>上次备份到文件夹：{date}（{days} 天前）。</translation>
    </message>
    <message>
        <source>Back up to a folder (USB stick, network share)</source>
        <translation>备份到文件夹（U 盘、网络共享）</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>备份已写入：{path}</translation>
    </message>
    <message>
        <source>Restore from a file</source>
        <translation>从文件恢复</translation>
    </message>
    <message>
        <source>PerfDesk databases (*.db);;All files (*)</source>
        <translation>绩效通数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Replace the database in use by {file}?

Everything entered since that backup is replaced. The database as it is now is backed up first, so this can be undone.</source>
        <translation>用 {file} 替换正在使用的数据库吗？

该备份之后录入的所有内容都将被替换。替换前会先备份当前数据库，因此可以撤销。</translation>
    </message>
</context>
<context>
    <name>BudgetExport</name>
    <message>
        <source>project code (PRO_CODE / 项目编码)</source>
        <translation>项目编码（PRO_CODE / 项目编码）</translation>
    </message>
    <message>
        <source>budget unit (AGENCY_CODE / 单位编码, or DEPT_CODE / 主管部门编码)</source>
        <translation>预算单位（AGENCY_CODE / 单位编码，或 DEPT_CODE / 主管部门编码）</translation>
    </message>
    <message>
        <source>budget (REPLY_AMT / 年初预算数 or CUR_AMT / 全年预算数)</source>
        <translation>预算数（REPLY_AMT / 年初预算数 或 CUR_AMT / 全年预算数）</translation>
    </message>
    <message>
        <source>unsupported file type {suffix}: use .xlsx or .csv</source>
        <translation>不支持的文件类型 {suffix}：请使用 .xlsx 或 .csv</translation>
    </message>
    <message>
        <source>no header row naming the project column (PRO_CODE / 项目编码 or PRO_NAME / 项目名称) and the unit or budget columns in the first {n} rows</source>
        <translation>前 {n} 行中没有表头行（须有项目列 PRO_CODE / 项目编码 或 PRO_NAME / 项目名称，以及单位列或预算数列）</translation>
    </message>
    <message>
        <source>two columns for the same field: {first} and {second}</source>
        <translation>同一字段有两列：{first} 列和 {second} 列</translation>
    </message>
    <message>
        <source>missing required column: {column}</source>
        <translation>缺少必需的列：{column}</translation>
    </message>
    <message>
        <source>the file gives no budget year (no FISCAL_YEAR / 预算年度 column, no year in its title): give the year of its projects</source>
        <translation>文件未给出预算年度（没有 FISCAL_YEAR / 预算年度 列，标题中也没有年度）：请指定其项目所属年度</translation>
    </message>
    <message>
        <source>the project code is blank</source>
        <translation>项目编码为空</translation>
    </message>
    <message>
        <source>not a budget year: {value}</source>
        <translation>不是预算年度：{value}</translation>
    </message>
    <message>
        <source>the row is of {found}, not of {year}</source>
        <translation>该行属于 {found} 年度，不是 {year} 年度</translation>
    </message>
    <message>
        <source>project code {code} appears twice (first on row {first})</source>
        <translation>项目编码 {code} 重复出现（首次在第 {first} 行）</translation>
    </message>
    <message>
        <source>the formula has no saved value: open the file in Excel and save it again</source>
        <translation>公式没有保存计算结果：请用 Excel 打开该文件并重新保存</translation>
    </message>
    <message>
        <source>not an amount: {value}</source>
        <translation>不是金额：{value}</translation>
    </message>
    <message>
        <source>{value} {unit} is not a whole number of fen</source>
        <translation>{value}{unit} 不是整分金额（精度超过分）</translation>
    </message>
    <message>
        <source>negative amount: {value}</source>
        <translation>金额为负数：{value}</translation>
    </message>
    <message>
        <source>unknown value {value}; accepted: {accepted}</source>
        <translation>无法识别的值“{value}”；可填：{accepted}</translation>
    </message>
    <message>
        <source>project {code}: 年初预算数 {initial} + 调整数 {adjustment} ≠ 全年预算数 {full_year} (元)</source>
        <translation>项目 {code}：年初预算数 {initial} + 调整数 {adjustment} ≠ 全年预算数 {full_year}（元）</translation>
    </message>
    <message>
        <source>the 合计 row gives {printed} but the projects add up to {summed} (元), a difference of {difference}</source>
        <translation>合计行为 {printed}，但各项目相加为 {summed}（元），相差 {difference}</translation>
    </message>
</context>
<context>
    <name>BudgetTab</name>
    <message>
        <source>Code</source>
        <translation>项目编码</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>主管部门</translation>
    </message>
    <message>
        <source>Budget (10k yuan)</source>
        <translation>本年预算（万元）</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理意见</translation>
    </message>
    <message>
        <source>Cut (10k yuan)</source>
        <translation>压减金额（万元）</translation>
    </message>
    <message>
        <source>Suggested (10k yuan)</source>
        <translation>下年建议预算（万元）</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>No ranking run for this year yet.</source>
        <translation>本年度尚无排名。</translation>
    </message>
    <message>
        <source>Ranking version {version} ({status}): {n} projects, {cut} (10k yuan) cut</source>
        <translation>排名第 {version} 版（{status}）：{n} 个项目，压减 {cut} 万元</translation>
    </message>
    <message>
        <source>Save the budget suggestions</source>
        <translation>保存下年预算建议</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>已写入：{path}</translation>
    </message>
</context>
<context>
    <name>ChecksTab</name>
    <message>
        <source>All findings</source>
        <translation>全部问题</translation>
    </message>
    <message>
        <source>Flat list (one indicator per row)</source>
        <translation>清单格式（每行一个指标）</translation>
    </message>
    <message>
        <source>Declaration forms (one project per sheet)</source>
        <translation>申报表格式（每个项目一张表）</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Print findings…</source>
        <translation>打印审核意见…</translation>
    </message>
    <message>
        <source>Excel:</source>
        <translation>Excel：</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>项目编码</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Checking targets</source>
        <translation>正在检查绩效目标</translation>
    </message>
    <message>
        <source>{n} finding(s) in {p} project(s): {e} error(s), {w} warning(s), {i} note(s).</source>
        <translation>{p} 个项目共 {n} 个问题：错误 {e} 个，警告 {w} 个，提示 {i} 个。</translation>
    </message>
    <message>
        <source>Nothing was changed: {error}</source>
        <translation>没有任何更改：{error}</translation>
    </message>
    <message>
        <source>Import targets</source>
        <translation>导入绩效目标</translation>
    </message>
    <message>
        <source>Importing targets</source>
        <translation>正在导入绩效目标</translation>
    </message>
    <message>
        <source>Some indicators are no longer in the file; importing it deletes the monitoring progress typed for them:</source>
        <translation>文件中已没有以下指标，导入将删除为它们填报的监控进度：</translation>
    </message>
    <message>
        <source>Import anyway? The database is backed up first.</source>
        <translation>仍要导入吗？导入前会先备份数据库。</translation>
    </message>
    <message>
        <source>{file}: {created} new, {updated} changed, {unchanged} unchanged ({n} indicators written).</source>
        <translation>{file}：新增 {created} 个，修改 {updated} 个，未变 {unchanged} 个（写入指标 {n} 条）。</translation>
    </message>
    <message>
        <source>Checks of the imported targets:</source>
        <translation>导入目标的检查结果：</translation>
    </message>
    <message>
        <source>targets-{year}.xlsx</source>
        <translation>绩效目标-{year}.xlsx</translation>
    </message>
    <message>
        <source>Export targets</source>
        <translation>导出绩效目标</translation>
    </message>
    <message>
        <source>{n} project(s) written to {path}.</source>
        <translation>已将 {n} 个项目写入 {path}。</translation>
    </message>
    <message>
        <source>Exporting targets</source>
        <translation>正在导出绩效目标</translation>
    </message>
    <message>
        <source>target-findings-{year}.pdf</source>
        <translation>绩效目标审核意见-{year}.pdf</translation>
    </message>
    <message>
        <source>Print findings</source>
        <translation>打印审核意见</translation>
    </message>
    <message>
        <source>Findings list saved to {path}.</source>
        <translation>审核意见已保存到 {path}。</translation>
    </message>
    <message>
        <source>Printing findings</source>
        <translation>正在打印审核意见</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>database file (or SQLAlchemy URL); default: the per-user data folder</source>
        <translation>数据库文件（或 SQLAlchemy 地址）；默认为当前用户的数据文件夹</translation>
    </message>
    <message>
        <source>language of messages</source>
        <translation>提示信息的语言</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>账户名</translation>
    </message>
    <message>
        <source>act as this account (databases with accounts); the password is asked for or read from PERFDESK_PASSWORD</source>
        <translation>以此账户身份操作（启用账户的数据库）；密码在提示时输入，或从环境变量 PERFDESK_PASSWORD 读取</translation>
    </message>
    <message>
        <source>PerfDesk: budget performance management</source>
        <translation>绩效通：预算绩效管理</translation>
    </message>
    <message>
        <source>open a temporary database, migrate, print one PDF and exit</source>
        <translation>打开临时数据库、执行升级、生成一份PDF后退出</translation>
    </message>
    <message>
        <source>There is no database at {path}; nothing was created. Check the path, or create a new database with: perfdesk --db {path} init</source>
        <translation>{path} 没有数据库，未创建任何文件。请检查路径，或用以下命令新建数据库：perfdesk --db {path} init</translation>
    </message>
    <message>
        <source>Error: {message}</source>
        <translation>错误：{message}</translation>
    </message>
    <message>
        <source>(This database has accounts: give --user NAME; the password is asked for or read from PERFDESK_PASSWORD.)</source>
        <translation>（此数据库启用了账户：请加 --user 账户名；密码在提示时输入，或从环境变量 PERFDESK_PASSWORD 读取。）</translation>
    </message>
    <message>
        <source>{n} problem(s) found; nothing was changed.</source>
        <translation>发现 {n} 个问题，未做任何修改。</translation>
    </message>
    <message>
        <source>the database did not migrate to {head}</source>
        <translation>数据库未能升级到 {head}</translation>
    </message>
    <message>
        <source>the PDF could not be written: {error}</source>
        <translation>无法生成 PDF：{error}</translation>
    </message>
    <message>
        <source>the PDF is empty</source>
        <translation>生成的 PDF 为空</translation>
    </message>
    <message>
        <source>Self-test failed</source>
        <translation>自检未通过</translation>
    </message>
    <message>
        <source>Self-test passed</source>
        <translation>自检通过</translation>
    </message>
    <message>
        <source>create a new, empty database at --db (refuses an existing file)</source>
        <translation>在 --db 指定的位置新建空数据库（文件已存在时拒绝）</translation>
    </message>
    <message>
        <source>the county&apos;s name, e.g. 冠县 (signs letters)</source>
        <translation>本地区名称，如 冠县（用于函件落款）</translation>
    </message>
    <message>
        <source>the fiscal division code (财政区划), e.g. 371525</source>
        <translation>财政区划编码，如 371525</translation>
    </message>
    <message>
        <source>the first budget year</source>
        <translation>首个预算年度</translation>
    </message>
    <message>
        <source>load the shipped indicator library</source>
        <translation>载入随附的指标库</translation>
    </message>
    <message>
        <source>with accounts and login (default: single-user, no login); the administrator &apos;admin&apos; gets the password asked for or read from PERFDESK_PASSWORD</source>
        <translation>启用账户登录（默认单用户、无需登录）；系统管理员 admin 的密码在提示时输入，或从环境变量 PERFDESK_PASSWORD 读取</translation>
    </message>
    <message>
        <source>counts per table and the schema version</source>
        <translation>显示各数据表记录数和数据库结构版本</translation>
    </message>
    <message>
        <source>back the database up now</source>
        <translation>立即备份数据库</translation>
    </message>
    <message>
        <source>folder to write the backup into</source>
        <translation>备份保存到的文件夹</translation>
    </message>
    <message>
        <source>replace the database by a backup (what it replaces is kept)</source>
        <translation>用备份恢复数据库（被替换的数据库会另存一份）</translation>
    </message>
    <message>
        <source>New database created: {path}</source>
        <translation>已新建数据库：{path}</translation>
    </message>
    <message>
        <source>It has accounts: sign in as admin (perfdesk --user admin …) and change the password first: perfdesk --user admin account passwd</source>
        <translation>已启用账户：请以 admin 登录（perfdesk --user admin …），并先修改密码：perfdesk --user admin account passwd</translation>
    </message>
    <message>
        <source>Database: {url}</source>
        <translation>数据库：{url}</translation>
    </message>
    <message>
        <source>Schema version: {rev} (this program: {head})</source>
        <translation>数据库结构版本：{rev}（本程序：{head}）</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>已写入备份：{path}</translation>
    </message>
    <message>
        <source>A database on a PostgreSQL server is restored on the server by its administrator (pg_restore); nothing was changed.</source>
        <translation>PostgreSQL 服务器上的数据库由服务器管理员在服务器上恢复（pg_restore）；未做任何更改。</translation>
    </message>
    <message>
        <source>No such file: {path}</source>
        <translation>文件不存在：{path}</translation>
    </message>
    <message>
        <source>The replaced database was kept as {path}</source>
        <translation>被替换的数据库已保存为 {path}</translation>
    </message>
    <message>
        <source>Restored {file}</source>
        <translation>已从 {file} 恢复</translation>
    </message>
    <message>
        <source>create a demo database</source>
        <translation>生成演示数据库</translation>
    </message>
    <message>
        <source>database file to create</source>
        <translation>要生成的数据库文件</translation>
    </message>
    <message>
        <source>replace an existing file</source>
        <translation>覆盖已有文件</translation>
    </message>
    <message>
        <source>{path} exists; use --force to replace it</source>
        <translation>{path} 已存在；如需覆盖请加 --force</translation>
    </message>
    <message>
        <source>Demo database written: {path}</source>
        <translation>已生成演示数据库：{path}</translation>
    </message>
    <message>
        <source>the rectification ledger</source>
        <translation>整改台账</translation>
    </message>
    <message>
        <source>list ledger items</source>
        <translation>列出台账事项</translation>
    </message>
    <message>
        <source>only open items past their deadline</source>
        <translation>只列出逾期未销号的事项</translation>
    </message>
    <message>
        <source>the day overdue is judged on</source>
        <translation>判断逾期的日期</translation>
    </message>
    <message>
        <source>close (销号) a ledger item</source>
        <translation>整改台账事项销号</translation>
    </message>
    <message>
        <source>the day the rectification was done (not after today)</source>
        <translation>整改完成日期（不得晚于今天）</translation>
    </message>
    <message>
        <source>written account of the rectification</source>
        <translation>整改情况书面说明</translation>
    </message>
    <message>
        <source>evidence file to attach (repeatable)</source>
        <translation>作为佐证材料上传的文件（可多次指定）</translation>
    </message>
    <message>
        <source>today&apos;s date (default: the system date)</source>
        <translation>今天的日期（默认取系统日期）</translation>
    </message>
    <message>
        <source>{days} days overdue</source>
        <translation>逾期 {days} 天</translation>
    </message>
    <message>
        <source>{n} items overdue on {today}</source>
        <translation>截至 {today} 共 {n} 项逾期</translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation>共 {n} 项</translation>
    </message>
    <message>
        <source>Ledger item {id} closed on {date}.</source>
        <translation>整改事项 {id} 已于 {date} 销号。</translation>
    </message>
    <message>
        <source>ranking and last-place elimination: a new draft run when scores or settings changed</source>
        <translation>排名与末位淘汰：得分或设置有变化时生成新的草稿版本</translation>
    </message>
    <message>
        <source>budget year (default: the newest)</source>
        <translation>预算年度（默认最新年度）</translation>
    </message>
    <message>
        <source>write the ranked lists to Excel</source>
        <translation>将排名清单导出为 Excel</translation>
    </message>
    <message>
        <source>print every project and the summary</source>
        <translation>输出每个项目及汇总</translation>
    </message>
    <message>
        <source>confirm the run (then immutable)</source>
        <translation>确认本次排名（确认后不可修改）</translation>
    </message>
    <message>
        <source>The database has no projects.</source>
        <translation>数据库中没有项目。</translation>
    </message>
    <message>
        <source>Ranking run {version} of {year} ({status}): {n} projects</source>
        <translation>{year}年度排名第 {version} 版（{status}）：{n} 个项目</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>已写入：{path}</translation>
    </message>
    <message>
        <source>in-year monitoring: execution, warnings</source>
        <translation>运行监控：执行情况、预警</translation>
    </message>
    <message>
        <source>import a budget execution export as a new monitoring round</source>
        <translation>导入预算执行数据，作为新一轮运行监控</translation>
    </message>
    <message>
        <source>budget year (default: the year of the as-of date)</source>
        <translation>预算年度（默认：截止日期所在年度）</translation>
    </message>
    <message>
        <source>name of the round</source>
        <translation>监控轮次名称</translation>
    </message>
    <message>
        <source>sheet to read (default: the first with a header)</source>
        <translation>要读取的工作表（默认：第一个有表头的工作表）</translation>
    </message>
    <message>
        <source>amounts without a unit are in 万元</source>
        <translation>未注明单位的金额按万元计</translation>
    </message>
    <message>
        <source>progress and warnings of a round</source>
        <translation>某一轮次的进度和预警</translation>
    </message>
    <message>
        <source>only projects at this warning level</source>
        <translation>仅列出该预警等级的项目</translation>
    </message>
    <message>
        <source>list the monitoring rounds</source>
        <translation>列出运行监控轮次</translation>
    </message>
    <message>
        <source>put the projects the rules select under key monitoring</source>
        <translation>将规则选出的项目纳入重点监控</translation>
    </message>
    <message>
        <source>import indicator progress from filled-in monitoring tables (Excel)</source>
        <translation>从填好的执行监控表（Excel）导入指标执行情况</translation>
    </message>
    <message>
        <source>write the monitoring tables of a round to Excel, to be filled in</source>
        <translation>将监控轮次的执行监控表导出为 Excel 供填报</translation>
    </message>
    <message>
        <source>only this project (repeatable; default: every project of the round)</source>
        <translation>仅导出该项目（可重复；默认导出本轮全部项目）</translation>
    </message>
    <message>
        <source>the round as of this date (default: the latest)</source>
        <translation>截至该日期的轮次（默认：最新）</translation>
    </message>
    <message>
        <source>budget year (default: the latest with rounds)</source>
        <translation>预算年度（默认：有监控轮次的最新年度）</translation>
    </message>
    <message>
        <source>Imported {rows} rows as of {as_of} (round {round}): {matched} projects, {no_budget} without a budget line.</source>
        <translation>已导入截至 {as_of} 的 {rows} 行（轮次 {round}）：{matched} 个项目，{no_budget} 行无预算指标。</translation>
    </message>
    <message>
        <source>Read from sheet {sheet} (hidden sheets are not read).</source>
        <translation>读取的工作表：{sheet}（隐藏的工作表不读取）。</translation>
    </message>
    <message>
        <source>{n} rows match no project of the year and were left out (first: {codes}).</source>
        <translation>{n} 行未匹配到本年度项目，已略过（首个：{codes}）。</translation>
    </message>
    <message>
        <source>Backup taken before the import: {path}</source>
        <translation>导入前已备份：{path}</translation>
    </message>
    <message>
        <source>{name} — as of {as_of}, time progress {time}%: {red} red, {yellow} yellow, {over} over budget, {nob} without a budget, {key} for key monitoring</source>
        <translation>{name} — 截至 {as_of}，时间进度 {time}%：红色预警 {red} 个，黄色预警 {yellow} 个，超预算 {over} 个，无预算 {nob} 个，重点监控 {key} 个</translation>
    </message>
    <message>
        <source>{n} projects put under key monitoring in {name}.</source>
        <translation>已将 {n} 个项目纳入{name}的重点监控。</translation>
    </message>
    <message>
        <source>{saved} indicator lines of {projects} projects stored in {name}.</source>
        <translation>已将 {projects} 个项目的 {saved} 条指标执行情况存入{name}。</translation>
    </message>
    <message>
        <source>  not stored: sheet {sheet} row {row}: “{name}” matches no current indicator</source>
        <translation>  未导入：工作表 {sheet} 第 {row} 行：“{name}”与现行指标均不匹配</translation>
    </message>
    <message>
        <source>Unknown project codes: {codes}</source>
        <translation>未知项目编码：{codes}</translation>
    </message>
    <message>
        <source>{n} monitoring tables written to {path}.</source>
        <translation>已将 {n} 张执行监控表写入 {path}。</translation>
    </message>
    <message>
        <source>print a report to PDF</source>
        <translation>将报表输出为 PDF</translation>
    </message>
    <message>
        <source>one project, by its code</source>
        <translation>一个项目，按项目编码</translation>
    </message>
    <message>
        <source>ex-ante assessments (事前绩效评估)</source>
        <translation>事前绩效评估</translation>
    </message>
    <message>
        <source>projects that need or have an assessment</source>
        <translation>需要或已有事前绩效评估的项目</translation>
    </message>
    <message>
        <source>every project of the year</source>
        <translation>本年度全部项目</translation>
    </message>
    <message>
        <source>one project&apos;s assessment in full</source>
        <translation>一个项目的评估详情</translation>
    </message>
    <message>
        <source>project code</source>
        <translation>项目编码</translation>
    </message>
    <message>
        <source>write the assessments to a workbook</source>
        <translation>把评估导出为 Excel 工作簿</translation>
    </message>
    <message>
        <source>workbook to write</source>
        <translation>要写入的工作簿</translation>
    </message>
    <message>
        <source>blank forms for the projects that need an assessment and have none</source>
        <translation>为需要评估而尚未评估的项目导出空白评分表</translation>
    </message>
    <message>
        <source>print the assessments as JSON instead</source>
        <translation>改为以 JSON 输出评估</translation>
    </message>
    <message>
        <source>store a filled workbook (all or nothing)</source>
        <translation>导入填好的工作簿（全部成功或全部不导入）</translation>
    </message>
    <message>
        <source>enter one assessment</source>
        <translation>录入一项评估</translation>
    </message>
    <message>
        <source>date of the assessment</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <source>one grade (优/良/中/差) per item of the form, in order, e.g. 优优良中…</source>
        <translation>按评分表顺序每项一个等级（优/良/中/差），如 优优良中…</translation>
    </message>
    <message>
        <source>who assessed it</source>
        <translation>评估人</translation>
    </message>
    <message>
        <source>what was found under a dimension (repeatable)</source>
        <translation>某一评估维度的主要发现（可重复）</translation>
    </message>
    <message>
        <source>further remarks</source>
        <translation>其他意见</translation>
    </message>
    <message>
        <source>the project enters the project library</source>
        <translation>纳入项目库</translation>
    </message>
    <message>
        <source>the projects of a unit and its sub-units</source>
        <translation>某单位及其下属单位的项目</translation>
    </message>
    <message>
        <source>department-wide targets and self-evaluation (部门整体绩效)</source>
        <translation>部门整体绩效目标与自评</translation>
    </message>
    <message>
        <source>the departments&apos; records of a year</source>
        <translation>列出某年度各部门的部门整体绩效</translation>
    </message>
    <message>
        <source>targets or self-evaluations from Excel (all or nothing)</source>
        <translation>从 Excel 导入部门整体绩效目标或自评（全部成功或全部不导入）</translation>
    </message>
    <message>
        <source>the records as an Excel workbook</source>
        <translation>导出为 Excel 工作簿</translation>
    </message>
    <message>
        <source>department code (repeatable; default: all)</source>
        <translation>部门代码（可重复；默认全部）</translation>
    </message>
    <message>
        <source>score a department&apos;s self-evaluation with the settings in force</source>
        <translation>按现行设置为部门整体自评评分</translation>
    </message>
    <message>
        <source>department code</source>
        <translation>部门代码</translation>
    </message>
    <message>
        <source>The database has no budget year.</source>
        <translation>数据库中没有预算年度。</translation>
    </message>
    <message>
        <source>{n} department(s) with department-wide targets in {year}</source>
        <translation>{year}年度有部门整体绩效目标的部门：{n} 个</translation>
    </message>
    <message>
        <source>{n} department(s) imported, {scored} scored: {codes}</source>
        <translation>已导入 {n} 个部门，其中 {scored} 个已评分：{codes}</translation>
    </message>
    <message>
        <source>{n} department(s) written to {path}</source>
        <translation>已将 {n} 个部门写入 {path}</translation>
    </message>
    <message>
        <source>{unit} {year}: {total} points, grade {grade}</source>
        <translation>{unit} {year}年度：{total} 分，评价等级 {grade}</translation>
    </message>
    <message>
        <source>{n} projects, {done} assessed.</source>
        <translation>共 {n} 个项目，已评估 {done} 个。</translation>
    </message>
    <message>
        <source>enters the project library</source>
        <translation>纳入项目库</translation>
    </message>
    <message>
        <source>does not enter the project library</source>
        <translation>不纳入项目库</translation>
    </message>
    <message>
        <source>Total {total}: {conclusion}; {library}.</source>
        <translation>综合得分 {total}：{conclusion}；{library}。</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>评估未完成</translation>
    </message>
    <message>
        <source>Give --out FILE.xlsx, or --json to print the assessments.</source>
        <translation>请给出 --out 文件.xlsx，或用 --json 输出评估。</translation>
    </message>
    <message>
        <source>{n} assessments written to {path}</source>
        <translation>已将 {n} 项评估写入 {path}</translation>
    </message>
    <message>
        <source>Dry run: {saved} assessments would be stored, {skipped} blank forms skipped; nothing written.</source>
        <translation>试运行：将保存 {saved} 项评估，跳过 {skipped} 份空白评分表；未写入任何内容。</translation>
    </message>
    <message>
        <source>Imported: {saved} assessments stored, {skipped} blank forms skipped.</source>
        <translation>已导入：保存 {saved} 项评估，跳过 {skipped} 份空白评分表。</translation>
    </message>
    <message>
        <source>No project {code} in that year.</source>
        <translation>该年度没有项目 {code}。</translation>
    </message>
    <message>
        <source>Assessment {id} of {code}: {total}, {conclusion}.</source>
        <translation>项目 {code} 的评估 {id}：{total} 分，{conclusion}。</translation>
    </message>
    <message>
        <source>The form has {n} items: give {n} grades, not {given}.</source>
        <translation>评分表共 {n} 项：请给出 {n} 个等级，而不是 {given} 个。</translation>
    </message>
    <message>
        <source>Write a finding as DIMENSION=TEXT with one of {dims}.</source>
        <translation>请按“评估维度=内容”填写主要发现，评估维度为 {dims} 之一。</translation>
    </message>
    <message>
        <source>cost-benefit analysis: import, export, check</source>
        <translation>成本效益分析：导入、导出、审核</translation>
    </message>
    <message>
        <source>import cost items from a workbook (all or nothing)</source>
        <translation>从工作簿导入分项成本（全部导入或全部不导入）</translation>
    </message>
    <message>
        <source>budget year of rows without 年度 (default: the latest)</source>
        <translation>未填“年度”的行所属的预算年度（默认：最近一年）</translation>
    </message>
    <message>
        <source>export the cost-benefit tables to a workbook</source>
        <translation>将成本效益分析表导出为工作簿</translation>
    </message>
    <message>
        <source>run the cost checks and print the findings</source>
        <translation>审核成本效益分析表并列出问题</translation>
    </message>
    <message>
        <source>budget year (default: the latest)</source>
        <translation>预算年度（默认：最新年度）</translation>
    </message>
    <message>
        <source>Dry run: {items} items of {projects} projects would replace {replaced}; nothing written.</source>
        <translation>试运行：将以 {projects} 个项目的 {items} 项分项成本替换原有 {replaced} 项；未写入任何内容。</translation>
    </message>
    <message>
        <source>Imported {items} cost items of {projects} projects (replacing {replaced}).</source>
        <translation>已导入 {projects} 个项目的 {items} 项分项成本（替换原有 {replaced} 项）。</translation>
    </message>
    <message>
        <source>{n} rows written to {path}</source>
        <translation>已将 {n} 行写入 {path}</translation>
    </message>
    <message>
        <source>PDF to write</source>
        <translation>要写入的 PDF 文件</translation>
    </message>
    <message>
        <source>The report {kind} cannot be limited with --{option}; it covers: {scopes}.</source>
        <translation>报表 {kind} 不能用 --{option} 限定范围；它可以按 {scopes} 限定。</translation>
    </message>
    <message>
        <source>units and projects from the budget system&apos;s exports</source>
        <translation>从预算管理一体化系统导出文件导入单位和项目</translation>
    </message>
    <message>
        <source>import project exports (xlsx or CSV; all or nothing)</source>
        <translation>导入项目导出文件（xlsx 或 CSV；全部成功或全部不导入）</translation>
    </message>
    <message>
        <source>budget year of files without a FISCAL_YEAR column</source>
        <translation>没有 FISCAL_YEAR 列的文件所属的预算年度</translation>
    </message>
    <message>
        <source>check and summarise; write nothing</source>
        <translation>只检查并汇总，不写入</translation>
    </message>
    <message>
        <source>write the projects in the export layout</source>
        <translation>按导出格式写出项目</translation>
    </message>
    <message>
        <source>.xlsx or .csv file to write</source>
        <translation>要写入的 .xlsx 或 .csv 文件</translation>
    </message>
    <message>
        <source>an empty project form to fill in</source>
        <translation>待填写的空白项目表</translation>
    </message>
    <message>
        <source>Dry run: {created} projects would be added, {updated} updated, {unchanged} unchanged, {units} units added; nothing written.</source>
        <translation>试运行：将新增 {created} 个项目，修改 {updated} 个，未变 {unchanged} 个，新增 {units} 个单位；未写入任何内容。</translation>
    </message>
    <message>
        <source>Imported: {created} projects added, {updated} updated, {unchanged} unchanged, {units} units added.</source>
        <translation>已导入：新增 {created} 个项目，修改 {updated} 个，未变 {unchanged} 个，新增 {units} 个单位。</translation>
    </message>
    <message>
        <source>{n} projects of the year are not in the files (kept, not deleted):</source>
        <translation>本年度有 {n} 个项目不在导入文件中（已保留，未删除）：</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>警告：{message}</translation>
    </message>
    <message>
        <source>Project form written: {path}</source>
        <translation>项目表已写出：{path}</translation>
    </message>
    <message>
        <source>Report written: {path}</source>
        <translation>报表已生成：{path}</translation>
    </message>
    <message>
        <source>self-evaluation: import, score, rank</source>
        <translation>绩效自评：导入、评分、排名</translation>
    </message>
    <message>
        <source>import filled-in 项目支出绩效自评表 workbooks (all or nothing)</source>
        <translation>导入已填写的项目支出绩效自评表（全部成功或全部不导入）</translation>
    </message>
    <message>
        <source>read and score without writing (no database needed)</source>
        <translation>只读取和评分，不写入（无需数据库）</translation>
    </message>
    <message>
        <source>budget year of the projects (default: as printed)</source>
        <translation>项目的预算年度（默认：按表中所填）</translation>
    </message>
    <message>
        <source>score every self-evaluation of a year</source>
        <translation>为某一年度的全部自评评分</translation>
    </message>
    <message>
        <source>each unit&apos;s projects by score, high to low</source>
        <translation>各单位项目按得分从高到低排名</translation>
    </message>
    <message>
        <source>write the ranking to this .xlsx file</source>
        <translation>将排名写入此 .xlsx 文件</translation>
    </message>
    <message>
        <source>{n} self-evaluation(s) imported.</source>
        <translation>已导入 {n} 份自评。</translation>
    </message>
    <message>
        <source>{file} {sheet}: not read</source>
        <translation>{file} {sheet}：未能读取</translation>
    </message>
    <message>
        <source>  × {problem}</source>
        <translation>  × {problem}</translation>
    </message>
    <message>
        <source>{project} ({sheet}): printed {printed}, computed {computed}, final {final}, grade {grade}</source>
        <translation>{project}（{sheet}）：表中得分 {printed}，计算得分 {computed}，最终得分 {final}，等级 {grade}</translation>
    </message>
    <message>
        <source>  {name}: printed {printed}, computed {computed} of {points} — {explanation}</source>
        <translation>  {name}：表中 {printed}，计算 {computed}（分值 {points}）— {explanation}</translation>
    </message>
    <message>
        <source>  ! {flag}</source>
        <translation>  ！{flag}</translation>
    </message>
    <message>
        <source>{n} self-evaluation(s) scored: {grades}</source>
        <translation>已为 {n} 份自评评分：{grades}</translation>
    </message>
    <message>
        <source>Ranking written: {path}</source>
        <translation>排名已写入：{path}</translation>
    </message>
    <message>
        <source>spot-check review of self-evaluations</source>
        <translation>自评抽查复核</translation>
    </message>
    <message>
        <source>draw a reproducible sample</source>
        <translation>抽取可复现的样本</translation>
    </message>
    <message>
        <source>seed recorded with the sample</source>
        <translation>随样本记录的随机种子</translation>
    </message>
    <message>
        <source>Spot check {id} for {year} (seed {seed}): {n} self-evaluation(s) drawn</source>
        <translation>{year}年抽查 {id}（随机种子 {seed}）：抽取 {n} 份自评</translation>
    </message>
    <message>
        <source>performance targets: import, export, check</source>
        <translation>绩效目标：导入、导出、审核</translation>
    </message>
    <message>
        <source>import targets from a workbook (all or nothing)</source>
        <translation>从工作簿导入绩效目标（全部成功或全部不写入）</translation>
    </message>
    <message>
        <source>check the file and say what would change, writing nothing</source>
        <translation>只检查文件并说明将作哪些更改，不写入任何内容</translation>
    </message>
    <message>
        <source>import even though indicators no longer in the file take their monitoring progress with them</source>
        <translation>即使文件中已删除的指标会连同其监控进度一起删除，也照样导入</translation>
    </message>
    <message>
        <source>export targets to a workbook</source>
        <translation>将绩效目标导出为工作簿</translation>
    </message>
    <message>
        <source>only this unit and the units under it (all units when omitted)</source>
        <translation>仅此单位及其下属单位（省略时为全部单位）</translation>
    </message>
    <message>
        <source>flat list (one indicator per row) or the official form (one project per sheet)</source>
        <translation>平面清单（每行一个指标）或正式申报表（每个项目一个工作表）</translation>
    </message>
    <message>
        <source>run the quality checks and print the findings</source>
        <translation>运行质量审核并输出问题</translation>
    </message>
    <message>
        <source>only this unit and the units under it</source>
        <translation>仅此单位及其下属单位</translation>
    </message>
    <message>
        <source>No unit with code {code}.</source>
        <translation>没有编码为 {code} 的单位。</translation>
    </message>
    <message>
        <source>Dry run, nothing written: {created} new, {updated} changed, {unchanged} unchanged.</source>
        <translation>试导入，未写入任何内容：新增 {created} 个，修改 {updated} 个，未变 {unchanged} 个。</translation>
    </message>
    <message>
        <source>Imported: {created} new, {updated} changed, {unchanged} unchanged ({n} indicators written).</source>
        <translation>已导入：新增 {created} 个，修改 {updated} 个，未变 {unchanged} 个（写入 {n} 条指标）。</translation>
    </message>
    <message>
        <source>Checks of the imported targets: {e} error(s), {w} warning(s), {i} note(s); `perfdesk targets check` lists them.</source>
        <translation>导入目标的检查结果：错误 {e} 个，警告 {w} 个，提示 {i} 个；用 `perfdesk targets check` 查看明细。</translation>
    </message>
    <message>
        <source>{n} projects written to {path}</source>
        <translation>已将 {n} 个项目写入 {path}</translation>
    </message>
    <message>
        <source>{n} finding(s).</source>
        <translation>共 {n} 条问题。</translation>
    </message>
    <message>
        <source>indicator library: search, import, export</source>
        <translation>指标库：查询、导入、导出</translation>
    </message>
    <message>
        <source>search the library by words</source>
        <translation>按关键词查询指标库</translation>
    </message>
    <message>
        <source>words of the name or the measurement note</source>
        <translation>指标名称或计算方法中的词</translation>
    </message>
    <message>
        <source>sector, e.g. 卫生健康 or health</source>
        <translation>行业，例如 卫生健康</translation>
    </message>
    <message>
        <source>first-level indicator, e.g. 产出指标</source>
        <translation>一级指标，如 产出指标</translation>
    </message>
    <message>
        <source>only entries valid in this budget year</source>
        <translation>只列出该预算年度有效的指标</translation>
    </message>
    <message>
        <source>import a county&apos;s entries (all or nothing)</source>
        <translation>导入本县指标（全部成功或全部不导入）</translation>
    </message>
    <message>
        <source>check and report, write nothing</source>
        <translation>只检查并报告，不写入</translation>
    </message>
    <message>
        <source>export the library to a workbook</source>
        <translation>将指标库导出为工作簿</translation>
    </message>
    <message>
        <source>fill an empty library with the shipped indicators</source>
        <translation>向空指标库载入随软件提供的指标</translation>
    </message>
    <message>
        <source>Unknown sector &quot;{text}&quot;. Accepted: {names}.</source>
        <translation>没有名为“{text}”的行业。可用的行业：{names}。</translation>
    </message>
    <message>
        <source>used {n}×</source>
        <translation>已使用 {n} 次</translation>
    </message>
    <message>
        <source>{n} entries.</source>
        <translation>共 {n} 条指标。</translation>
    </message>
    <message>
        <source>Dry run: {added} would be added, {unchanged} already in the library; nothing written.</source>
        <translation>试导入：将新增 {added} 条，{unchanged} 条已在指标库中；未写入任何数据。</translation>
    </message>
    <message>
        <source>Imported: {added} added, {unchanged} already in the library.</source>
        <translation>导入完成：新增 {added} 条，{unchanged} 条已在指标库中。</translation>
    </message>
    <message>
        <source>the audit log: verify, list, export</source>
        <translation>审计日志：校验、列出、导出</translation>
    </message>
    <message>
        <source>check that no entry was changed, deleted or inserted</source>
        <translation>检查是否有记录被修改、删除或插入</translation>
    </message>
    <message>
        <source>list entries, newest first</source>
        <translation>列出记录，最新的在前</translation>
    </message>
    <message>
        <source>export entries to a CSV file</source>
        <translation>将记录导出为 CSV 文件</translation>
    </message>
    <message>
        <source>entries of this user</source>
        <translation>此用户的记录</translation>
    </message>
    <message>
        <source>entries whose action starts so, e.g. login</source>
        <translation>操作以此开头的记录，如 login</translation>
    </message>
    <message>
        <source>remove entries older than the months kept (at least six)</source>
        <translation>清除超过保存月数（至少六个月）的记录</translation>
    </message>
    <message>
        <source>The audit log is intact: {n} entries, none changed, deleted or inserted.</source>
        <translation>审计日志完整：共 {n} 条，没有记录被修改、删除或插入。</translation>
    </message>
    <message>
        <source>The audit log was tampered with: {n} problem(s).</source>
        <translation>审计日志被篡改：发现 {n} 处问题。</translation>
    </message>
    <message>
        <source>{n} entries written to {path}</source>
        <translation>已将 {n} 条指标写入 {path}</translation>
    </message>
    <message>
        <source>{n} entries older than the months kept were removed.</source>
        <translation>已清除 {n} 条超过保存期限的记录。</translation>
    </message>
    <message>
        <source>{n} shipped indicators loaded.</source>
        <translation>已载入 {n} 条随软件提供的指标。</translation>
    </message>
    <message>
        <source>budget years: list, open a new year</source>
        <translation>预算年度：列出、新建年度</translation>
    </message>
    <message>
        <source>create a budget year, carrying last year&apos;s continuing projects</source>
        <translation>新建预算年度，结转上年延续项目</translation>
    </message>
    <message>
        <source>the year to carry from (default: the latest year before it)</source>
        <translation>从哪个年度结转（默认：此前最近的年度）</translation>
    </message>
    <message>
        <source>list the budget years</source>
        <translation>列出预算年度</translation>
    </message>
    <message>
        <source>“{text}” is not a date: write it as 2025-12-15 (or 2025/12/15, 2025年12月15日)</source>
        <translation>“{text}”不是日期，请写成 2025-12-15（或 2025/12/15、2025年12月15日）</translation>
    </message>
    <message>
        <source>{text} is not a day of the calendar</source>
        <translation>日期 {text} 不存在（日历上没有这一天）</translation>
    </message>
    <message>
        <source>rule sets to start the settings from</source>
        <translation>设置的起点规则方案</translation>
    </message>
    <message>
        <source>the rule sets and what they set</source>
        <translation>列出规则方案及其设置的参数</translation>
    </message>
    <message>
        <source>set the parameters of a rule set</source>
        <translation>按规则方案设置参数</translation>
    </message>
    <message>
        <source>name recorded as the one who changed the settings</source>
        <translation>记录为修改设置的人</translation>
    </message>
    <message>
        <source>{n} settings changed: {keys}</source>
        <translation>已修改 {n} 项设置：{keys}</translation>
    </message>
    <message>
        <source>expenditure standard library: import, export, search</source>
        <translation>支出标准库：导入、导出、查询</translation>
    </message>
    <message>
        <source>add and update standards from a workbook (all or nothing)</source>
        <translation>从工作簿新增和更新支出标准（全部导入或全部不导入）</translation>
    </message>
    <message>
        <source>export the standards to a workbook</source>
        <translation>将支出标准导出为工作簿</translation>
    </message>
    <message>
        <source>search the standards by words</source>
        <translation>按关键词查询支出标准</translation>
    </message>
    <message>
        <source>words of the code, name, basis, source or projects</source>
        <translation>标准编号、名称、测算依据、来源或适用项目中的词语</translation>
    </message>
    <message>
        <source>通用, 行业定额 or 部门特色</source>
        <translation>通用、行业定额或部门特色</translation>
    </message>
    <message>
        <source>only standards valid in this budget year</source>
        <translation>仅列出该预算年度有效的标准</translation>
    </message>
    <message>
        <source>Dry run: {added} would be added, {updated} updated, {unchanged} unchanged; nothing written.</source>
        <translation>试运行：将新增 {added} 条、更新 {updated} 条，{unchanged} 条不变；未写入任何内容。</translation>
    </message>
    <message>
        <source>Standards imported: {added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>支出标准已导入：新增 {added} 条，更新 {updated} 条，{unchanged} 条不变。</translation>
    </message>
    <message>
        <source>{n} standards written to {path}</source>
        <translation>已将 {n} 条支出标准写入 {path}</translation>
    </message>
    <message>
        <source>{n} standards.</source>
        <translation>共 {n} 条支出标准。</translation>
    </message>
    <message>
        <source>the expert library and expert draws</source>
        <translation>专家库与专家抽取</translation>
    </message>
    <message>
        <source>draw experts for an evaluation, never one with a conflict</source>
        <translation>为评价随机抽取专家（存在利益关系的专家一律回避）</translation>
    </message>
    <message>
        <source>the same seed draws the same panel (default: a new seed, printed)</source>
        <translation>相同的随机种子抽出相同的专家（默认：新种子，并打印出来）</translation>
    </message>
    <message>
        <source>only experts of this field</source>
        <translation>只从该专业领域的专家中抽取</translation>
    </message>
    <message>
        <source>list the expert library</source>
        <translation>列出专家库</translation>
    </message>
    <message>
        <source>experts from a workbook (sheet 专家库), all or nothing</source>
        <translation>从工作簿（专家库工作表）导入专家，全部导入或全不导入</translation>
    </message>
    <message>
        <source>the expert library to a workbook</source>
        <translation>将专家库导出为工作簿</translation>
    </message>
    <message>
        <source>Left out for a conflict of interest: {names}</source>
        <translation>因利益关系回避：{names}</translation>
    </message>
    <message>
        <source>{n} experts</source>
        <translation>共 {n} 名专家</translation>
    </message>
    <message>
        <source>Experts imported: {added} added, {updated} updated.</source>
        <translation>专家已导入：新增 {added} 名，更新 {updated} 名。</translation>
    </message>
    <message>
        <source>{n} experts written to {path}</source>
        <translation>已将 {n} 名专家写入 {path}</translation>
    </message>
    <message>
        <source>key evaluations (重点绩效评价)</source>
        <translation>重点绩效评价</translation>
    </message>
    <message>
        <source>an evaluation workbook (评价信息 + 评分表): new, or update by 评价编号</source>
        <translation>导入评价工作簿（评价信息 + 评分表）：新建，或按评价编号更新</translation>
    </message>
    <message>
        <source>an evaluation to a workbook</source>
        <translation>将评价导出为工作簿</translation>
    </message>
    <message>
        <source>score evaluations from their figures with the settings in force</source>
        <translation>按现行设置根据填报数据计算评价得分</translation>
    </message>
    <message>
        <source>only this evaluation</source>
        <translation>只处理该评价</translation>
    </message>
    <message>
        <source>list key evaluations</source>
        <translation>列出重点绩效评价</translation>
    </message>
    <message>
        <source>print an evaluation&apos;s report (PDF)</source>
        <translation>打印评价报告（PDF）</translation>
    </message>
    <message>
        <source>put an evaluation&apos;s findings on the rectification ledger</source>
        <translation>将评价发现的问题列入整改台账</translation>
    </message>
    <message>
        <source>Evaluation {id}: not scored yet, {n} line(s) open</source>
        <translation>评价 {id}：尚未评分，还有 {n} 项指标未得分</translation>
    </message>
    <message>
        <source>Evaluation {id}: {score} points, grade {grade}</source>
        <translation>评价 {id}：得分 {score}，等级 {grade}</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>提示：{text}</translation>
    </message>
    <message>
        <source>Evaluation {id} created.</source>
        <translation>已新建评价 {id}。</translation>
    </message>
    <message>
        <source>Evaluation {id} updated.</source>
        <translation>已更新评价 {id}。</translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation>已写入 {path}</translation>
    </message>
    <message>
        <source>{n} evaluations</source>
        <translation>{n} 项评价</translation>
    </message>
    <message>
        <source>{n} ledger item(s) added.</source>
        <translation>已新增 {n} 条整改台账。</translation>
    </message>
    <message>
        <source>satisfaction questionnaires</source>
        <translation>满意度调查问卷</translation>
    </message>
    <message>
        <source>answers, one row per respondent (xlsx or CSV), all or nothing</source>
        <translation>导入问卷答案，每行一名受访者（xlsx 或 CSV），全部导入或全不导入</translation>
    </message>
    <message>
        <source>{rate}  {satisfied}/{answered} satisfied, {blank} blank  {question}</source>
        <translation>{rate}  满意 {satisfied}/{answered}，未作答 {blank}  {question}</translation>
    </message>
    <message>
        <source>{n} respondents; overall satisfaction {rate}; {lines} satisfaction line(s) updated.</source>
        <translation>受访者 {n} 人；总体满意度 {rate}；已更新 {lines} 项满意度指标。</translation>
    </message>
    <message>
        <source>public versions of targets and self-evaluation results (信息公开)</source>
        <translation>生成绩效目标和自评结果的公开版本（信息公开）</translation>
    </message>
    <message>
        <source>budget year</source>
        <translation>预算年度</translation>
    </message>
    <message>
        <source>folder for the files</source>
        <translation>文件存放的文件夹</translation>
    </message>
    <message>
        <source>budget: targets, published with the budget; accounts: self-evaluation results, published with the final accounts (default: both)</source>
        <translation>budget：绩效目标，随预算公开；accounts：自评结果，随决算公开（默认两者都生成）</translation>
    </message>
    <message>
        <source>{kind}: {n} project(s){department}; written {files}</source>
        <translation>{kind}：{n} 个项目{department}；已生成 {files}</translation>
    </message>
    <message>
        <source> and the department-wide table</source>
        <translation>及部门整体绩效表</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>绩效目标</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>执行监控</translation>
    </message>
    <message>
        <source>Self-evaluations</source>
        <translation>绩效自评</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>unit&apos;s</source>
        <translation>单位报送</translation>
    </message>
    <message>
        <source>county&apos;s</source>
        <translation>县级下发</translation>
    </message>
    <message>
        <source>data packages between township, department and county PCs</source>
        <translation>乡镇、部门与县级电脑之间的数据包</translation>
    </message>
    <message>
        <source>write a unit&apos;s package for a year</source>
        <translation>导出一个单位某年度的数据包</translation>
    </message>
    <message>
        <source>the unit (with its units)</source>
        <translation>单位（含下属单位）</translation>
    </message>
    <message>
        <source>a county package for the unit (reviews, projects, library, settings)</source>
        <translation>县级下发给该单位的数据包（审核意见、项目、指标库、设置）</translation>
    </message>
    <message>
        <source>check packages, write nothing</source>
        <translation>校验数据包，不写入任何内容</translation>
    </message>
    <message>
        <source>merge packages into this database</source>
        <translation>将数据包合并到本数据库</translation>
    </message>
    <message>
        <source>decide a conflict: keep this database&apos;s record or take the package&apos;s</source>
        <translation>处理冲突：保留本库记录或采用数据包中的记录</translation>
    </message>
    <message>
        <source>name recorded as the one who imported</source>
        <translation>记录为导入人的姓名</translation>
    </message>
    <message>
        <source>a new database (--db) from a county package alone</source>
        <translation>仅凭县级下发的数据包新建数据库（--db）</translation>
    </message>
    <message>
        <source>packages sent and received</source>
        <translation>已发送和已接收的数据包</translation>
    </message>
    <message>
        <source>which units reported, which are late</source>
        <translation>哪些单位已报送、哪些逾期</translation>
    </message>
    <message>
        <source>the day lateness is judged on</source>
        <translation>判断是否逾期的日期</translation>
    </message>
    <message>
        <source>Package {file} written for unit {unit}, {year}: {counts}, {files} evidence files.</source>
        <translation>已为单位 {unit}（{year}年）导出数据包 {file}：{counts}，佐证材料 {files} 个。</translation>
    </message>
    <message>
        <source>{file}: sound. {kind} package of {unit} {name} for {year}, from {sender}, written {at} by PerfDesk {version}.</source>
        <translation>{file}：校验通过。{unit} {name} {year}年{kind}数据包，发送方 {sender}，由绩效通 {version} 于 {at} 生成。</translation>
    </message>
    <message>
        <source>--choose takes RECORD=local or RECORD=incoming, not {text}.</source>
        <translation>--choose 的写法是 记录=local 或 记录=incoming，不是 {text}。</translation>
    </message>
    <message>
        <source>{file}: {kind} package of {unit} {name} for {year}, from {sender}</source>
        <translation>{file}：{unit} {name} {year}年{kind}数据包，发送方 {sender}</translation>
    </message>
    <message>
        <source>  Already imported on {at}; nothing changed.</source>
        <translation>  已于 {at} 导入过，本次未做任何修改。</translation>
    </message>
    <message>
        <source>  {stage}: {added} new, {updated} updated, {unchanged} unchanged, {kept} kept (changed here only)</source>
        <translation>  {stage}：新增 {added}，更新 {updated}，未变 {unchanged}，保留本库 {kept}（仅本库有改动）</translation>
    </message>
    <message>
        <source>  Kept as approved here: {record}</source>
        <translation>  本库已审核，保持不变：{record}</translation>
    </message>
    <message>
        <source>kept this database&apos;s</source>
        <translation>已保留本库的</translation>
    </message>
    <message>
        <source>took the package&apos;s</source>
        <translation>已采用数据包的</translation>
    </message>
    <message>
        <source>undecided: this database&apos;s kept for now</source>
        <translation>未决定：暂保留本库的</translation>
    </message>
    <message>
        <source>  Changed on both sides — {record} ({decided}); decide with --choose &quot;{key}=local&quot; or &quot;{key}=incoming&quot;:</source>
        <translation>  双方都有改动——{record}（{decided}）；用 --choose &quot;{key}=local&quot;（保留本库）或 &quot;{key}=incoming&quot;（采用数据包）决定：</translation>
    </message>
    <message>
        <source>{field}: here «{mine}» | in the package «{theirs}»</source>
        <translation>{field}：本库「{mine}」｜数据包「{theirs}」</translation>
    </message>
    <message>
        <source>  Dry run: nothing was written.</source>
        <translation>  试运行：未写入任何内容。</translation>
    </message>
    <message>
        <source>New database {path} set up for unit {unit} {name} ({year}) from {file}.</source>
        <translation>已根据 {file} 为单位 {unit} {name}（{year}年）新建数据库 {path}。</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>received</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>{n} packages.</source>
        <translation>共 {n} 个数据包。</translation>
    </message>
    <message>
        <source>No package was sent or received for {year}.</source>
        <translation>{year}年没有发送或接收过数据包。</translation>
    </message>
    <message>
        <source>LATE</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>{late} of {n} units late on {today}.</source>
        <translation>截至 {today}，{n} 个单位中 {late} 个逾期。</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>New password again: </source>
        <translation>再输一次新密码：</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>两次输入的密码不一致，未作任何改动。</translation>
    </message>
    <message>
        <source>Password for {user}: </source>
        <translation>{user} 的密码：</translation>
    </message>
    <message>
        <source>{user} must change the password first: perfdesk --user {user} account passwd</source>
        <translation>{user} 须先修改密码：perfdesk --user {user} account passwd</translation>
    </message>
    <message>
        <source>accounts and login (administrator)</source>
        <translation>账户与登录（系统管理员）</translation>
    </message>
    <message>
        <source>add an account (password from PERFDESK_NEW_PASSWORD or asked for)</source>
        <translation>新建账户（密码从 PERFDESK_NEW_PASSWORD 读取或提示输入）</translation>
    </message>
    <message>
        <source>the unit of a unit clerk (its code)</source>
        <translation>单位填报人员的所属单位（单位编码）</translation>
    </message>
    <message>
        <source>the person&apos;s name</source>
        <translation>使用人姓名</translation>
    </message>
    <message>
        <source>list the accounts</source>
        <translation>列出账户</translation>
    </message>
    <message>
        <source>set a new password (changed at the next login)</source>
        <translation>重设密码（下次登录时须修改）</translation>
    </message>
    <message>
        <source>release a locked account</source>
        <translation>解除账户锁定</translation>
    </message>
    <message>
        <source>disable an account</source>
        <translation>停用账户</translation>
    </message>
    <message>
        <source>enable an account again</source>
        <translation>重新启用账户</translation>
    </message>
    <message>
        <source>change your own password (--user)</source>
        <translation>修改自己的密码（--user）</translation>
    </message>
    <message>
        <source>single-user (no login) or accounts; switching needs the administrator</source>
        <translation>单用户（无需登录）或账户登录；切换须由系统管理员进行</translation>
    </message>
    <message>
        <source>There is no account named {login}.</source>
        <translation>没有名为 {login} 的账户。</translation>
    </message>
    <message>
        <source>There is no unit with code {code}.</source>
        <translation>没有编码为 {code} 的单位。</translation>
    </message>
    <message>
        <source>Account {login} added; the first login asks for a new password.</source>
        <translation>已新建账户 {login}；首次登录时须设置新密码。</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>New password set for {login}; it must be changed at the next login.</source>
        <translation>已为 {login} 重设密码；下次登录时须修改。</translation>
    </message>
    <message>
        <source>{login} is unlocked.</source>
        <translation>{login} 已解除锁定。</translation>
    </message>
    <message>
        <source>{login} is disabled.</source>
        <translation>{login} 已停用。</translation>
    </message>
    <message>
        <source>{login} is enabled.</source>
        <translation>{login} 已启用。</translation>
    </message>
    <message>
        <source>Give --user NAME: whose password to change.</source>
        <translation>请用 --user 账户名 指明修改谁的密码。</translation>
    </message>
    <message>
        <source>Current password: </source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>密码已修改。</translation>
    </message>
    <message>
        <source>The database is now single-user (no login).</source>
        <translation>数据库已切换为单用户模式（无需登录）。</translation>
    </message>
    <message>
        <source>The database now has accounts: sign in as admin and change the password first.</source>
        <translation>数据库已启用账户：请以 admin 登录并先修改密码。</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <source>Close the item (销号)</source>
        <translation>销号</translation>
    </message>
    <message>
        <source>What was done and which document shows it</source>
        <translation>做了哪些整改，有哪些文件可以证明</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>上传佐证材料…</translation>
    </message>
    <message>
        <source>Evidence: attach a file, or write an account of at least {n} characters.</source>
        <translation>佐证材料：请上传文件，或填写不少于 {n} 个字的整改情况说明。</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>销号日期</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>整改佐证</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Evidence files: {n}</source>
        <translation>佐证材料：{n} 个文件</translation>
    </message>
</context>
<context>
    <name>Concurrency</name>
    <message>
        <source>{user} saved this record at {at} while you were editing it.</source>
        <translation>在您编辑期间，{user} 已于 {at} 保存了这条记录。</translation>
    </message>
    <message>
        <source>Someone else saved this record while you were editing it.</source>
        <translation>在您编辑期间，其他人已保存了这条记录。</translation>
    </message>
    <message>
        <source> Your changes were NOT saved (they would have overwritten theirs). What you entered is still here: reload to see their version, then apply your changes again and save.</source>
        <translation>您的修改没有保存（否则会覆盖对方的修改）。您输入的内容仍保留在这里：请刷新查看对方的版本，再重新填入您的修改并保存。</translation>
    </message>
</context>
<context>
    <name>CostAnalysisTab</name>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>分项数</translation>
    </message>
    <message>
        <source>Items total (万元)</source>
        <translation>分项合计（万元）</translation>
    </message>
    <message>
        <source>Budget (万元)</source>
        <translation>预算（万元）</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Choose a project on the left.</source>
        <translation>请在左侧选择项目。</translation>
    </message>
    <message>
        <source>Core cost driver, e.g. 受助对象人数, 路灯基数, 服务面积</source>
        <translation>成本核心因素，如受助对象人数、路灯基数、服务面积</translation>
    </message>
    <message>
        <source>How many</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Cost item</source>
        <translation>成本项目</translation>
    </message>
    <message>
        <source>Unit cost (元)</source>
        <translation>单位成本（元）</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Amount (元)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审核情况</translation>
    </message>
    <message>
        <source>Standard followed</source>
        <translation>支出标准</translation>
    </message>
    <message>
        <source>Source of the standard</source>
        <translation>标准来源</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>测算依据</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>新增分项</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>删除分项</translation>
    </message>
    <message>
        <source>Standard…</source>
        <translation>选择支出标准…</translation>
    </message>
    <message>
        <source>No standard</source>
        <translation>不依据标准</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Print the table…</source>
        <translation>打印成本效益分析表…</translation>
    </message>
    <message>
        <source>Core cost driver</source>
        <translation>成本核心因素</translation>
    </message>
    <message>
        <source>{value} is not a number of zero or more.</source>
        <translation>“{value}”不是大于或等于零的数。</translation>
    </message>
    <message>
        <source>Cannot read</source>
        <translation>无法识别</translation>
    </message>
    <message>
        <source>Items total {total} 万元; project budget {budget} 万元; {n} finding(s).</source>
        <translation>分项成本合计 {total} 万元；项目预算 {budget} 万元；问题 {n} 条。</translation>
    </message>
    <message>
        <source>No problem found</source>
        <translation>未见问题</translation>
    </message>
    <message>
        <source>Cost-benefit analysis</source>
        <translation>成本效益分析</translation>
    </message>
    <message>
        <source>Import cost-benefit tables</source>
        <translation>导入成本效益分析表</translation>
    </message>
    <message>
        <source>{items} cost items of {projects} projects imported.</source>
        <translation>已导入 {projects} 个项目的 {items} 项分项成本。</translation>
    </message>
    <message>
        <source>Export cost-benefit tables</source>
        <translation>导出成本效益分析表</translation>
    </message>
    <message>
        <source>{n} rows written to {path}</source>
        <translation>已将 {n} 行写入 {path}</translation>
    </message>
    <message>
        <source>The project has no saved cost-benefit table yet: save it first.</source>
        <translation>该项目尚未保存成本效益分析表，请先保存。</translation>
    </message>
    <message>
        <source>Print the cost-benefit table</source>
        <translation>打印成本效益分析表</translation>
    </message>
    <message>
        <source>The table was written to {path}</source>
        <translation>已生成：{path}</translation>
    </message>
</context>
<context>
    <name>CostChecks</name>
    <message>
        <source>Incomplete cost breakdown</source>
        <translation>成本构成不完整</translation>
    </message>
    <message>
        <source>Unit cost × quantity below the amount</source>
        <translation>单位成本与数量不相符</translation>
    </message>
    <message>
        <source>Unit cost above its standard</source>
        <translation>超支出标准</translation>
    </message>
    <message>
        <source>Standard not valid for this project</source>
        <translation>标准不适用</translation>
    </message>
    <message>
        <source>Standard not a money amount</source>
        <translation>标准非金额</translation>
    </message>
    <message>
        <source>No standard and no basis</source>
        <translation>无标准无依据</translation>
    </message>
    <message>
        <source>No core cost driver</source>
        <translation>未填成本核心因素</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>The table does not name its core cost driver (what the cost grows with, e.g. the number of people aided, of street lamps, or the floor area served).</source>
        <translation>未填写影响成本的核心因素（如受助对象人数、路灯基数、服务面积）。</translation>
    </message>
    <message>
        <source>The cost items add up to {total} 万元, {gap} 元 less than the project budget of {budget} 万元: the cost breakdown is incomplete.</source>
        <translation>分项成本合计 {total} 万元，比项目预算 {budget} 万元少 {gap} 元，成本构成不完整。</translation>
    </message>
    <message>
        <source>{item}: neither an expenditure standard nor the basis of its unit cost is given.</source>
        <translation>{item}：既未注明所依据的支出标准，也未说明单位成本的测算依据。</translation>
    </message>
    <message>
        <source>{item}: unit cost {cost} 元 × quantity {quantity}{unit} = {product} 元, {gap} 元 less than the item&apos;s amount of {amount} 元: unit cost and quantity do not account for the amount.</source>
        <translation>{item}：单位成本 {cost} 元 × 数量 {quantity}{unit} = {product} 元，比分项金额 {amount} 元少 {gap} 元，单位成本与数量不相符。</translation>
    </message>
    <message>
        <source>{item}: the standard {standard} is {value} {unit}, not an amount of money, so the unit cost was not compared with it; check it by hand.</source>
        <translation>{item}：所依据的标准“{standard}”为 {value}{unit}，不是金额标准，未与单位成本比较，请人工核对。</translation>
    </message>
    <message>
        <source>{item}: unit cost {cost} 元 is above the standard {standard} of {value} {unit} by {excess} 元 ({share}): over standard.</source>
        <translation>{item}：单位成本 {cost} 元，高于“{standard}”标准 {value}{unit}，超出 {excess} 元（{share}），超标准。</translation>
    </message>
    <message>
        <source>{item}: the standard {standard} is valid {years}, not in {year}.</source>
        <translation>{item}：标准“{standard}”的适用期为{years}，{year}年度不适用。</translation>
    </message>
    <message>
        <source>{item}: the standard {standard} is department {code}&apos;s own, not this project&apos;s department&apos;s.</source>
        <translation>{item}：标准“{standard}”是部门 {code} 的特色标准，不适用于本项目所属部门。</translation>
    </message>
    <message>
        <source>from {first} to {last}</source>
        <translation>{first}年至{last}年</translation>
    </message>
    <message>
        <source>from {first}</source>
        <translation>{first}年起</translation>
    </message>
    <message>
        <source>until {last}</source>
        <translation>至{last}年</translation>
    </message>
    <message>
        <source>in every year</source>
        <translation>各年度</translation>
    </message>
</context>
<context>
    <name>CostImport</name>
    <message>
        <source>The core cost driver differs from the one on row {row} for the same project: give one driver per project.</source>
        <translation>与同一项目第 {row} 行填写的成本核心因素不一致：每个项目只填一个核心因素。</translation>
    </message>
    <message>
        <source>There is no project {code} in {year}.</source>
        <translation>{year}年度没有编码为 {code} 的项目。</translation>
    </message>
    <message>
        <source>Project {code} is called {name} in the database, not {typed}: check the code.</source>
        <translation>项目 {code} 在数据库中名为“{name}”，而非“{typed}”：请核对项目编码。</translation>
    </message>
    <message>
        <source>There is no expenditure standard {code} in the library.</source>
        <translation>支出标准库中没有编号为 {code} 的标准。</translation>
    </message>
</context>
<context>
    <name>Costs</name>
    <message>
        <source>A cost item needs its name.</source>
        <translation>分项成本须填写名称。</translation>
    </message>
    <message>
        <source>{item}: amounts must be zero or more.</source>
        <translation>{item}：金额不能为负数。</translation>
    </message>
    <message>
        <source>{item}: the quantity must be a number of zero or more.</source>
        <translation>{item}：数量须为大于或等于零的数。</translation>
    </message>
    <message>
        <source>No project {id}.</source>
        <translation>没有项目 {id}。</translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <source>Cost-benefit analysis</source>
        <translation>成本效益分析</translation>
    </message>
    <message>
        <source>Expenditure standards</source>
        <translation>支出标准库</translation>
    </message>
</context>
<context>
    <name>CutDialog</name>
    <message>
        <source>Set the cut ratio</source>
        <translation>设置压减比例</translation>
    </message>
    <message>
        <source>Required below the minimum of {minimum}% or instead of cancelling</source>
        <translation>低于最低比例 {minimum}% 或以压减代替取消时必填</translation>
    </message>
    <message>
        <source>Cut ratio</source>
        <translation>压减比例</translation>
    </message>
    <message>
        <source>Reason for the exception</source>
        <translation>例外理由</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database {path} was written by a newer version of PerfDesk (schema {revision}). Install the newer version to open it; nothing was changed.</source>
        <translation>数据库 {path} 由更新版本的绩效通写入（结构版本 {revision}）。请安装新版本后再打开；本次未做任何修改。</translation>
    </message>
    <message>
        <source>{path} is not a PerfDesk database.</source>
        <translation>{path} 不是绩效通数据库。</translation>
    </message>
    <message>
        <source>The database {path} is already open in another PerfDesk window or program ({holder}). Close it there first; opening it twice could damage the data.</source>
        <translation>数据库 {path} 已在另一个绩效通窗口或程序中打开（{holder}）。请先在那里关闭；同时打开两次可能损坏数据。</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server: PerfDesk backs it up with the PostgreSQL tool pg_dump, which is not installed on this computer. Install the PostgreSQL client tools, or ask the server&apos;s administrator for the server&apos;s own backups (pg_dump or pg_basebackup). Nothing was written.</source>
        <translation>此数据库位于 PostgreSQL 服务器上：绩效通使用 PostgreSQL 的 pg_dump 工具备份它，但本机没有安装该工具。请安装 PostgreSQL 客户端工具，或请服务器管理员使用服务器自身的备份（pg_dump 或 pg_basebackup）。未写入任何文件。</translation>
    </message>
    <message>
        <source>pg_dump could not back up {database}: {error}</source>
        <translation>pg_dump 未能备份 {database}：{error}</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <source>Finance&apos;s decision</source>
        <translation>财政研究决定</translation>
    </message>
    <message>
        <source>Cancel: no budget next year</source>
        <translation>取消：下一年度不再安排预算</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理意见</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>绩效目标</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>运行监控</translation>
    </message>
    <message>
        <source>Self-evaluation</source>
        <translation>绩效自评</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>写入数据库</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>DeptWide</name>
    <message>
        <source>The workbook has no sheet named {sheet}.</source>
        <translation>工作簿中没有名为“{sheet}”的工作表。</translation>
    </message>
    <message>
        <source>The sheet is blank.</source>
        <translation>工作表是空的。</translation>
    </message>
    <message>
        <source>The header row lacks the column(s) {columns}.</source>
        <translation>表头缺少列：{columns}。</translation>
    </message>
    <message>
        <source>More than {n} rows.</source>
        <translation>超过 {n} 行。</translation>
    </message>
    <message>
        <source>部门代码 is empty.</source>
        <translation>部门代码为空。</translation>
    </message>
    <message>
        <source>{value} is not a year.</source>
        <translation>“{value}”不是年度。</translation>
    </message>
    <message>
        <source>Department {code} appears twice.</source>
        <translation>部门 {code} 出现了两次。</translation>
    </message>
    <message>
        <source>Department {code} is not on the sheet {sheet}.</source>
        <translation>部门 {code} 不在“{sheet}”工作表中。</translation>
    </message>
    <message>
        <source>任务名称 is empty.</source>
        <translation>任务名称为空。</translation>
    </message>
    <message>
        <source>{column} is empty.</source>
        <translation>{column}为空。</translation>
    </message>
    <message>
        <source>{column} is negative.</source>
        <translation>{column}为负数。</translation>
    </message>
    <message>
        <source>A score set by hand needs its reason (人工得分理由).</source>
        <translation>人工得分须填写人工得分理由。</translation>
    </message>
    <message>
        <source>人工得分 {score} is outside 0–{points}.</source>
        <translation>人工得分 {score} 超出 0–{points} 的范围。</translation>
    </message>
    <message>
        <source>{value} is not a number of points.</source>
        <translation>“{value}”不是分值。</translation>
    </message>
    <message>
        <source>There is no budget year {year} in this database.</source>
        <translation>数据库中没有 {year} 预算年度。</translation>
    </message>
    <message>
        <source>There is no department with code {code}.</source>
        <translation>没有代码为 {code} 的部门。</translation>
    </message>
    <message>
        <source>Department {code} has no department-wide targets for {year}.</source>
        <translation>部门 {code} 没有 {year} 年度的部门整体绩效目标。</translation>
    </message>
    <message>
        <source>Nothing is filled in: no department has tasks, indicators, duties or goals.</source>
        <translation>没有填写任何内容：没有一个部门填写了年度主要任务、绩效指标、职能职责或年度总体目标。</translation>
    </message>
    <message>
        <source>No department has department-wide targets for {year}.</source>
        <translation>{year}年度没有部门整体绩效目标。</translation>
    </message>
    <message>
        <source>Targets, published with the budget</source>
        <translation>绩效目标（随预算公开）</translation>
    </message>
    <message>
        <source>Self-evaluation results, published with the final accounts</source>
        <translation>绩效自评结果（随决算公开）</translation>
    </message>
    <message>
        <source>{name} has nothing to publish for {year}: no approved targets.</source>
        <translation>{name}{year}年度没有可公开的内容：没有已审核的绩效目标。</translation>
    </message>
    <message>
        <source>{name} has nothing to publish for {year}: no approved self-evaluation.</source>
        <translation>{name}{year}年度没有可公开的内容：没有已审核的绩效自评。</translation>
    </message>
</context>
<context>
    <name>DeptWidePage</name>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Budget (万元)</source>
        <translation>预算数（万元）</translation>
    </message>
    <message>
        <source>Spent (万元)</source>
        <translation>执行数（万元）</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>评价等级</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>任务名称</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>主要内容</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>二级指标</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>三级指标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>年度指标值</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际完成值</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Deviation and measures</source>
        <translation>偏差原因分析及改进措施</translation>
    </message>
    <message>
        <source>How it was scored</source>
        <translation>评分说明</translation>
    </message>
    <message>
        <source>Annual indicators</source>
        <translation>年度绩效指标</translation>
    </message>
    <message>
        <source>Main tasks</source>
        <translation>年度主要任务</translation>
    </message>
    <message>
        <source>No department has department-wide targets for this year. Export the blank forms, let each department fill in its duties, main tasks and indicators, then import the workbook.</source>
        <translation>本年度还没有部门整体绩效目标。请导出空白表，由各部门填写职能职责、年度主要任务和绩效指标后再导入。</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Save and score</source>
        <translation>保存并评分</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Print the table…</source>
        <translation>打印自评表…</translation>
    </message>
    <message>
        <source>Print the report…</source>
        <translation>打印自评报告…</translation>
    </message>
    <message>
        <source>Publish public versions…</source>
        <translation>生成公开版本…</translation>
    </message>
    <message>
        <source>not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>{name}: total {total}, grade {grade}</source>
        <translation>{name}：总分 {total}，评价等级 {grade}</translation>
    </message>
    <message>
        <source>{name}: not scored yet (every 执行数 and 实际完成值 is needed)</source>
        <translation>{name}：尚未评分（需填写全部执行数和实际完成值）</translation>
    </message>
    <message>
        <source>Department-wide</source>
        <translation>部门整体绩效</translation>
    </message>
    <message>
        <source>Import department-wide workbook</source>
        <translation>导入部门整体绩效工作簿</translation>
    </message>
    <message>
        <source>{n} department(s) imported, {scored} scored.</source>
        <translation>已导入 {n} 个部门，其中 {scored} 个已评分。</translation>
    </message>
    <message>
        <source>Export department-wide workbook</source>
        <translation>导出部门整体绩效工作簿</translation>
    </message>
    <message>
        <source>{n} department(s) written to {path}.</source>
        <translation>已将 {n} 个部门写入 {path}。</translation>
    </message>
    <message>
        <source>Written to {path}.</source>
        <translation>已写入 {path}。</translation>
    </message>
    <message>
        <source>Print the department-wide table</source>
        <translation>打印部门整体支出绩效自评表</translation>
    </message>
    <message>
        <source>Print the self-evaluation report</source>
        <translation>打印部门整体支出绩效自评报告</translation>
    </message>
    <message>
        <source>Folder for the public versions</source>
        <translation>选择公开版本存放的文件夹</translation>
    </message>
    <message>
        <source>Written without names, phone numbers or internal comments:
{files}</source>
        <translation>已生成（不含人员姓名、电话号码和内部审核意见）：
{files}</translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <source>project code (a project or a policy)</source>
        <translation>项目编码（评价项目或政策时填写）</translation>
    </message>
    <message>
        <source>department code (a special fund or a department)</source>
        <translation>部门编码（评价专项资金或部门时填写）</translation>
    </message>
    <message>
        <source>one problem found per line</source>
        <translation>每行一个问题</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>评价名称</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>评价对象</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>主管部门</translation>
    </message>
    <message>
        <source>Third-party agency</source>
        <translation>第三方机构</translation>
    </message>
    <message>
        <source>Lead evaluator</source>
        <translation>主评人</translation>
    </message>
    <message>
        <source>Budget (万元)</source>
        <translation>预算资金（万元）</translation>
    </message>
    <message>
        <source>Funds arrived (万元)</source>
        <translation>实际到位资金（万元）</translation>
    </message>
    <message>
        <source>Spent (万元)</source>
        <translation>实际支出（万元）</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>报告日期</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>存在的问题</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>有关建议</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>a cost indicator</source>
        <translation>成本类指标</translation>
    </message>
    <message>
        <source>an incidence, loss, complaint or violation indicator</source>
        <translation>发生率、损失、投诉或违规类指标</translation>
    </message>
    <message>
        <source>a time limit</source>
        <translation>时限类指标</translation>
    </message>
    <message>
        <source>no comparison sign: the name reads as {kind}, which is usually lower-is-better; the direction is left for a person, and the lower of the two scores is used until then</source>
        <translation>未标注比较符号，按指标名称属{kind}，通常为反向指标；方向留待人工判断，在此之前按两种方向中较低的得分计</translation>
    </message>
    <message>
        <source>no comparison sign: read as a cost indicator, lower is better (≤)</source>
        <translation>未标注比较符号，按成本类指标视为反向指标（≤）</translation>
    </message>
    <message>
        <source>no comparison sign: read as an incidence, loss, complaint or violation indicator, lower is better (≤)</source>
        <translation>未标注比较符号，按发生率、损失、投诉或违规类指标视为反向指标（≤）</translation>
    </message>
    <message>
        <source>no comparison sign: read as a time limit, earlier or shorter is better (≤)</source>
        <translation>未标注比较符号，按时限类指标视为反向指标（≤，越早越短越好）</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>The database is ready</source>
        <translation>数据库已建好</translation>
    </message>
    <message>
        <source>Created {path}.</source>
        <translation>已创建 {path}。</translation>
    </message>
    <message>
        <source>No projects yet: the first screen offers to import them or to enter them by hand.</source>
        <translation>尚无项目：首页可导入项目，也可手工录入。</translation>
    </message>
    <message>
        <source>Finish opens the new database.</source>
        <translation>点击“完成”打开新数据库。</translation>
    </message>
</context>
<context>
    <name>EntryTab</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Search code or project name</source>
        <translation>搜索项目编码或名称</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Set score by hand…</source>
        <translation>人工调整得分…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Start self-evaluation</source>
        <translation>开始自评</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Return…</source>
        <translation>退回…</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <source>no approved targets</source>
        <translation>绩效目标未审核通过</translation>
    </message>
    <message>
        <source>No self-evaluation yet</source>
        <translation>尚未开展自评</translation>
    </message>
    <message>
        <source>Start a self-evaluation to list the project&apos;s approved indicators.</source>
        <translation>点击“开始自评”，将列出该项目已审核通过的绩效指标。</translation>
    </message>
    <message>
        <source>The project&apos;s performance targets are not approved yet.</source>
        <translation>该项目的绩效目标尚未审核通过，暂不能开始自评。</translation>
    </message>
    <message>
        <source>“{text}” is not a number</source>
        <translation>“{text}”不是数字</translation>
    </message>
    <message>
        <source>Total {total} ({grade}); rules alone {computed}</source>
        <translation>总分 {total}（{grade}）；按规则计算 {computed}</translation>
    </message>
    <message>
        <source>Set score by hand</source>
        <translation>人工调整得分</translation>
    </message>
    <message>
        <source>Score (empty to use the computed score):</source>
        <translation>得分（留空则使用计算得分）：</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>理由（必填）：</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Why is it returned?</source>
        <translation>退回原因：</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Supervising department</source>
        <translation>主管部门</translation>
    </message>
    <message>
        <source>Budget unit</source>
        <translation>预算单位</translation>
    </message>
    <message>
        <source>Township</source>
        <translation>乡镇（街道）</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <source>Department-wide</source>
        <translation>部门整体</translation>
    </message>
    <message>
        <source>General public budget</source>
        <translation>一般公共预算</translation>
    </message>
    <message>
        <source>Government fund budget</source>
        <translation>政府性基金预算</translation>
    </message>
    <message>
        <source>State capital operation budget</source>
        <translation>国有资本经营预算</translation>
    </message>
    <message>
        <source>Social insurance fund budget</source>
        <translation>社会保险基金预算</translation>
    </message>
    <message>
        <source>Own-level project</source>
        <translation>本级项目</translation>
    </message>
    <message>
        <source>County transfer to lower levels</source>
        <translation>县对下转移支付</translation>
    </message>
    <message>
        <source>Central transfer</source>
        <translation>中央转移支付</translation>
    </message>
    <message>
        <source>Provincial transfer</source>
        <translation>省级转移支付</translation>
    </message>
    <message>
        <source>Municipal transfer</source>
        <translation>市级转移支付</translation>
    </message>
    <message>
        <source>Non-fiscal funds</source>
        <translation>非财政拨款资金</translation>
    </message>
    <message>
        <source>Fiscal appropriation this year</source>
        <translation>当年财政拨款</translation>
    </message>
    <message>
        <source>Carried over from last year</source>
        <translation>上年结转资金</translation>
    </message>
    <message>
        <source>Other funds</source>
        <translation>其他资金</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Continuing</source>
        <translation>延续</translation>
    </message>
    <message>
        <source>At least (≥)</source>
        <translation>大于等于（≥）</translation>
    </message>
    <message>
        <source>At most (≤)</source>
        <translation>小于等于（≤）</translation>
    </message>
    <message>
        <source>Equal (=)</source>
        <translation>等于（=）</translation>
    </message>
    <message>
        <source>Qualitative</source>
        <translation>定性</translation>
    </message>
    <message>
        <source>No sign</source>
        <translation>无符号</translation>
    </message>
    <message>
        <source>Historical standard</source>
        <translation>历史标准</translation>
    </message>
    <message>
        <source>Industry standard</source>
        <translation>行业标准</translation>
    </message>
    <message>
        <source>Plan standard</source>
        <translation>计划标准</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Annual</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>Medium-term</source>
        <translation>中期</translation>
    </message>
    <message>
        <source>Common</source>
        <translation>共性</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已报送</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>经费保障</translation>
    </message>
    <message>
        <source>Rules and systems</source>
        <translation>制度保障</translation>
    </message>
    <message>
        <source>Staffing</source>
        <translation>人员保障</translation>
    </message>
    <message>
        <source>Hardware and facilities</source>
        <translation>硬件条件保障</translation>
    </message>
    <message>
        <source>Certain</source>
        <translation>确定能</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>有可能</translation>
    </message>
    <message>
        <source>Impossible</source>
        <translation>完全不可能</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄色预警</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>红色预警</translation>
    </message>
    <message>
        <source>Key evaluation of a single policy or project</source>
        <translation>单项政策和项目重点评价</translation>
    </message>
    <message>
        <source>Key evaluation of a single project</source>
        <translation>单项项目重点评价</translation>
    </message>
    <message>
        <source>Key evaluation of a single policy</source>
        <translation>单项政策重点评价</translation>
    </message>
    <message>
        <source>Self-evaluation of projects (own-level and county transfers)</source>
        <translation>项目绩效自评（本级及县对下转移支付）</translation>
    </message>
    <message>
        <source>Self-evaluation of policies</source>
        <translation>政策绩效自评</translation>
    </message>
    <message>
        <source>Comprehensive evaluation of special funds or a sector</source>
        <translation>专项资金或行业资金综合评价</translation>
    </message>
    <message>
        <source>Self-evaluation of own-level projects</source>
        <translation>本级项目绩效自评</translation>
    </message>
    <message>
        <source>Self-evaluation of county transfers to lower levels</source>
        <translation>县对下转移支付绩效自评</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>压减</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Probation</source>
        <translation>保留察看</translation>
    </message>
    <message>
        <source>For finance to decide</source>
        <translation>报财政研究决定</translation>
    </message>
    <message>
        <source>Self-evaluation not complete</source>
        <translation>自评未完成</translation>
    </message>
    <message>
        <source>Unscored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>不在范围内</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Evaluation finding</source>
        <translation>评价发现问题</translation>
    </message>
    <message>
        <source>Spot-check difference</source>
        <translation>抽查复核差异</translation>
    </message>
    <message>
        <source>Monitoring warning</source>
        <translation>监控预警</translation>
    </message>
    <message>
        <source>Probation decision</source>
        <translation>保留察看决定</translation>
    </message>
    <message>
        <source>Audit finding</source>
        <translation>审计发现问题</translation>
    </message>
    <message>
        <source>Entered by hand</source>
        <translation>手工录入</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未整改</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>予以支持</translation>
    </message>
    <message>
        <source>Support after adjustment</source>
        <translation>调整后支持</translation>
    </message>
    <message>
        <source>Do not support</source>
        <translation>不予支持</translation>
    </message>
    <message>
        <source>General standard</source>
        <translation>通用标准</translation>
    </message>
    <message>
        <source>Industry quota</source>
        <translation>行业定额</translation>
    </message>
    <message>
        <source>Department-specific standard</source>
        <translation>部门特色标准</translation>
    </message>
    <message>
        <source>System administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Finance reviewer</source>
        <translation>财政审核人员</translation>
    </message>
    <message>
        <source>Unit clerk</source>
        <translation>单位填报人员</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审计员</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>卫生健康</translation>
    </message>
    <message>
        <source>Agriculture and rural affairs</source>
        <translation>农业农村</translation>
    </message>
    <message>
        <source>Water resources</source>
        <translation>水利</translation>
    </message>
    <message>
        <source>Roads and transport</source>
        <translation>交通运输</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>生态环境</translation>
    </message>
    <message>
        <source>Social security</source>
        <translation>社会保障</translation>
    </message>
    <message>
        <source>Culture and sports</source>
        <translation>文化体育</translation>
    </message>
    <message>
        <source>Public safety</source>
        <translation>公共安全</translation>
    </message>
    <message>
        <source>Urban management and housing</source>
        <translation>城市管理和住房</translation>
    </message>
    <message>
        <source>General administration</source>
        <translation>一般公共服务</translation>
    </message>
    <message>
        <source>Science and industry</source>
        <translation>科技和工业</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>达成年度指标</translation>
    </message>
    <message>
        <source>Partly achieved</source>
        <translation>部分达成</translation>
    </message>
    <message>
        <source>Not achieved</source>
        <translation>未达成</translation>
    </message>
    <message>
        <source>Special fund</source>
        <translation>专项资金</translation>
    </message>
    <message>
        <source>Funds arrival rate (资金到位率)</source>
        <translation>资金到位率</translation>
    </message>
    <message>
        <source>Budget execution rate (预算执行率)</source>
        <translation>预算执行率</translation>
    </message>
    <message>
        <source>Actual completion rate (实际完成率)</source>
        <translation>实际完成率</translation>
    </message>
    <message>
        <source>Quality pass rate (质量达标率)</source>
        <translation>质量达标率</translation>
    </message>
    <message>
        <source>Cost saving rate (成本节约率)</source>
        <translation>成本节约率</translation>
    </message>
    <message>
        <source>Satisfaction rate (满意度)</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Excellent (优秀)</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>Good (良好)</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Pass (合格)</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Fail (不合格)</source>
        <translation>不合格</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>PerfDesk</source>
        <translation>绩效通</translation>
    </message>
    <message>
        <source>Nothing was changed. Please correct these problems and try again:</source>
        <translation>未做任何修改。请改正以下问题后重试：</translation>
    </message>
    <message>
        <source>An unexpected error occurred. Your saved data is safe; the last action may not have been completed.</source>
        <translation>发生了意外错误。已保存的数据是安全的，但刚才的操作可能没有完成。</translation>
    </message>
    <message>
        <source>The details could not be saved to a file: please copy them from the box below and send them to support.</source>
        <translation>错误详情未能写入文件：请复制下方框中的内容发送给技术支持。</translation>
    </message>
    <message>
        <source>The details were written to {path}; please send that file to support.</source>
        <translation>错误详情已写入 {path}，请将该文件发送给技术支持。</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开所在文件夹</translation>
    </message>
</context>
<context>
    <name>EvaluationEditor</name>
    <message>
        <source>Details</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Score sheet</source>
        <translation>评分表</translation>
    </message>
    <message>
        <source>Questionnaires and experts</source>
        <translation>问卷与专家</translation>
    </message>
</context>
<context>
    <name>EvaluationGrid</name>
    <message>
        <source>Level 1</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>二级指标</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>三级指标</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>年度指标值</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际完成值</translation>
    </message>
    <message>
        <source>Qualitative level</source>
        <translation>定性等级</translation>
    </message>
    <message>
        <source>Score in band</source>
        <translation>档内评分</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>计算得分</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>最终得分</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Deviation analysis</source>
        <translation>偏差原因分析及改进措施</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>计分说明</translation>
    </message>
    <message>
        <source>{name}: {error}; the score was not taken</source>
        <translation>{name}：{error}，该得分未采用</translation>
    </message>
    <message>
        <source>{name}: {error}; the score was cleared</source>
        <translation>{name}：{error}，已清除档内评分</translation>
    </message>
</context>
<context>
    <name>EvaluationPage</name>
    <message>
        <source>Self-evaluation</source>
        <translation>绩效自评</translation>
    </message>
    <message>
        <source>Import tables</source>
        <translation>导入自评表</translation>
    </message>
    <message>
        <source>Ranking in unit</source>
        <translation>单位内排名</translation>
    </message>
    <message>
        <source>Spot checks</source>
        <translation>抽查复核</translation>
    </message>
</context>
<context>
    <name>EvaluationsTab</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评价名称</translation>
    </message>
    <message>
        <source>Evaluated</source>
        <translation>评价对象</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>第三方机构</translation>
    </message>
    <message>
        <source>Lead evaluator</source>
        <translation>主评人</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Save as a new evaluation</source>
        <translation>另存为新评价</translation>
    </message>
    <message>
        <source>Save details</source>
        <translation>保存基本信息</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Print the report…</source>
        <translation>打印评价报告…</translation>
    </message>
    <message>
        <source>Findings to the ledger</source>
        <translation>问题列入整改台账</translation>
    </message>
    <message>
        <source>Rescore all</source>
        <translation>全部重新评分</translation>
    </message>
    <message>
        <source>Import an evaluation</source>
        <translation>导入评价</translation>
    </message>
    <message>
        <source>Evaluation {id} imported.</source>
        <translation>已导入评价 {id}。</translation>
    </message>
    <message>
        <source>Printed scores that differ from the computed ones:</source>
        <translation>表中得分与按公式计算不一致的指标：</translation>
    </message>
    <message>
        <source>Export the evaluation</source>
        <translation>导出评价</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>已写入：{path}</translation>
    </message>
    <message>
        <source>Print the evaluation report</source>
        <translation>打印评价报告</translation>
    </message>
    <message>
        <source>{n} ledger item(s) added.</source>
        <translation>已新增 {n} 条整改台账。</translation>
    </message>
</context>
<context>
    <name>ExAnte</name>
    <message>
        <source>The assessment has no items.</source>
        <translation>评估没有评分项。</translation>
    </message>
    <message>
        <source>Every item needs its dimension and its wording.</source>
        <translation>每一项都要有评估维度和评估要点。</translation>
    </message>
    <message>
        <source>Item {item}: its points must be above zero.</source>
        <translation>评分项“{item}”：分值必须大于零。</translation>
    </message>
    <message>
        <source>Item {item}: grade {grade} is not one of 优, 良, 中, 差.</source>
        <translation>评分项“{item}”：等级“{grade}”不是优、良、中、差之一。</translation>
    </message>
    <message>
        <source>There is no project {id}.</source>
        <translation>没有项目 {id}。</translation>
    </message>
    <message>
        <source>The subject is a project or a policy.</source>
        <translation>评估对象须为项目或政策。</translation>
    </message>
    <message>
        <source>Enter the date of the assessment.</source>
        <translation>请填写评估日期。</translation>
    </message>
    <message>
        <source>A project the assessment does not support cannot enter the project library.</source>
        <translation>评估结论为不予支持的项目不能纳入项目库。</translation>
    </message>
    <message>
        <source>There is no assessment {id}.</source>
        <translation>没有评估 {id}。</translation>
    </message>
    <message>
        <source>Assessment {id} belongs to another project.</source>
        <translation>评估 {id} 属于另一个项目。</translation>
    </message>
    <message>
        <source>No ex-ante assessment: no budget</source>
        <translation>未做事前绩效评估，不安排预算</translation>
    </message>
    <message>
        <source>Ex-ante assessment not finished: no budget</source>
        <translation>事前绩效评估未完成，不安排预算</translation>
    </message>
    <message>
        <source>Ex-ante assessment does not support it: no budget</source>
        <translation>事前绩效评估不予支持，不安排预算</translation>
    </message>
    <message>
        <source>No project {code} in {year}.</source>
        <translation>{year} 年度没有项目 {code}。</translation>
    </message>
    <message>
        <source>Project {code} has no ex-ante assessment.</source>
        <translation>项目 {code} 没有事前绩效评估。</translation>
    </message>
    <message>
        <source>There is no ex-ante assessment to print.</source>
        <translation>没有可打印的事前绩效评估。</translation>
    </message>
</context>
<context>
    <name>ExAnteImport</name>
    <message>
        <source>The workbook lacks the sheet(s) {sheets}.</source>
        <translation>工作簿缺少工作表 {sheets}。</translation>
    </message>
    <message>
        <source>The sheet is blank.</source>
        <translation>工作表是空的。</translation>
    </message>
    <message>
        <source>The header row lacks the column(s) {columns}.</source>
        <translation>表头缺少列 {columns}。</translation>
    </message>
    <message>
        <source>More than {n} rows.</source>
        <translation>超过 {n} 行。</translation>
    </message>
    <message>
        <source>The project code is missing.</source>
        <translation>缺少项目编码。</translation>
    </message>
    <message>
        <source>Project {code} has a second row here (row {row} is the first).</source>
        <translation>项目 {code} 在此重复出现（第 {row} 行已有）。</translation>
    </message>
    <message>
        <source>The conclusion {text} is not 予以支持, 调整后支持 or 不予支持.</source>
        <translation>评估结论“{text}”不是予以支持、调整后支持或不予支持。</translation>
    </message>
    <message>
        <source>The grade {grade} is not one of 优, 良, 中, 差.</source>
        <translation>评价等级“{grade}”不是优、良、中、差之一。</translation>
    </message>
    <message>
        <source>Every item needs its dimension and its wording.</source>
        <translation>每一项都要有评估维度和评估要点。</translation>
    </message>
    <message>
        <source>The points must be above zero.</source>
        <translation>分值必须大于零。</translation>
    </message>
    <message>
        <source>Project {code} has no row on the sheet 评估情况.</source>
        <translation>项目 {code} 在工作表“评估情况”中没有对应的行。</translation>
    </message>
    <message>
        <source>{text} is not one of {choices}.</source>
        <translation>“{text}”不是 {choices} 之一。</translation>
    </message>
    <message>
        <source>{text} is not a date (write it as 2025-03-18).</source>
        <translation>“{text}”不是日期（请写成 2025-03-18）。</translation>
    </message>
    <message>
        <source>{text} is not a number.</source>
        <translation>“{text}”不是数字。</translation>
    </message>
    <message>
        <source>There is no project {code} in {year}.</source>
        <translation>{year} 年度没有项目 {code}。</translation>
    </message>
    <message>
        <source>Enter the date of the assessment.</source>
        <translation>请填写评估日期。</translation>
    </message>
    <message>
        <source>Project {code} has no item on the sheet 评分.</source>
        <translation>项目 {code} 在工作表“评分”中没有评分项。</translation>
    </message>
    <message>
        <source>The item {item} has no grade.</source>
        <translation>评分项“{item}”没有评价等级。</translation>
    </message>
    <message>
        <source>The printed score {printed} differs from {computed}, what the grade {grade} earns.</source>
        <translation>所填得分 {printed} 与等级“{grade}”应得的 {computed} 不符。</translation>
    </message>
    <message>
        <source>The printed total {printed} differs from {computed}, the sum of the item scores.</source>
        <translation>所填评估得分 {printed} 与各项得分之和 {computed} 不符。</translation>
    </message>
    <message>
        <source>The printed conclusion {printed} differs from {computed}, what the total {total} gives.</source>
        <translation>所填评估结论“{printed}”与得分 {total} 对应的“{computed}”不符。</translation>
    </message>
</context>
<context>
    <name>ExAntePage</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>评估结论</translation>
    </message>
    <message>
        <source>No assessment, no budget</source>
        <translation>未评估不安排预算</translation>
    </message>
    <message>
        <source>Every project</source>
        <translation>全部项目</translation>
    </message>
    <message>
        <source>Also projects that need no assessment under the settings</source>
        <translation>也列出按设置无需评估的项目</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>重新评估</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Print the opinion…</source>
        <translation>打印评估意见…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Blank forms to Excel…</source>
        <translation>导出空白评分表…</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <source>{n} projects, {done} assessed</source>
        <translation>{n} 个项目，已评估 {done} 个</translation>
    </message>
    <message>
        <source>, enters the library</source>
        <translation>，纳入项目库</translation>
    </message>
    <message>
        <source>assessment {id}</source>
        <translation>评估 {id}</translation>
    </message>
    <message>
        <source>not assessed yet</source>
        <translation>尚未评估</translation>
    </message>
    <message>
        <source>Select a project to assess it.</source>
        <translation>请选择要评估的项目。</translation>
    </message>
    <message>
        <source>Ex-ante assessment</source>
        <translation>事前绩效评估</translation>
    </message>
    <message>
        <source>new assessment, not saved yet</source>
        <translation>重新评估，尚未保存</translation>
    </message>
    <message>
        <source>Delete this assessment?</source>
        <translation>删除这项评估？</translation>
    </message>
    <message>
        <source>Print the opinion</source>
        <translation>打印评估意见</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>已写入：{path}</translation>
    </message>
    <message>
        <source>Export to Excel</source>
        <translation>导出 Excel</translation>
    </message>
    <message>
        <source>{n} assessments written to {path}</source>
        <translation>已将 {n} 项评估写入 {path}</translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>从 Excel 导入</translation>
    </message>
    <message>
        <source>{saved} assessments stored, {skipped} blank forms skipped.</source>
        <translation>已保存 {saved} 项评估，跳过 {skipped} 份空白评分表。</translation>
    </message>
    <message>
        <source>Save the assessment?</source>
        <translation>保存这项评估？</translation>
    </message>
</context>
<context>
    <name>ExchangeBox</name>
    <message>
        <source>Data packages from the units</source>
        <translation>各单位数据包报送情况</translation>
    </message>
    <message>
        <source>Data packages…</source>
        <translation>数据包…</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>绩效目标</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>执行监控</translation>
    </message>
    <message>
        <source>Self-evaluations</source>
        <translation>绩效自评</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>{sent} sent, {received} received; {late} of {n} units late on {date}.</source>
        <translation>已发送 {sent} 个、已接收 {received} 个；截至 {date}，{n} 个单位中 {late} 个逾期。</translation>
    </message>
    <message>
        <source>… and {n} more units</source>
        <translation>……另有 {n} 个单位</translation>
    </message>
    <message>
        <source>received {date}</source>
        <translation>{date} 已收到</translation>
    </message>
    <message>
        <source>late (due {date})</source>
        <translation>逾期（应于 {date} 前）</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>尚未报送</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>{date} 前报送</translation>
    </message>
</context>
<context>
    <name>ExecutionFile</name>
    <message>
        <source>project code (PRO_CODE / 项目编码)</source>
        <translation>项目编码（PRO_CODE / 项目编码）</translation>
    </message>
    <message>
        <source>budget (CUR_AMT / 全年预算数 / 预算数)</source>
        <translation>预算数（CUR_AMT / 全年预算数 / 预算数）</translation>
    </message>
    <message>
        <source>amount spent (PAY_AMT / 执行数 / 支出数)</source>
        <translation>执行数（PAY_AMT / 执行数 / 支出数）</translation>
    </message>
    <message>
        <source>unsupported file type {suffix}: use .xlsx or .csv</source>
        <translation>不支持的文件类型 {suffix}：请使用 .xlsx 或 .csv</translation>
    </message>
    <message>
        <source>the sheet {sheet} is hidden: show it in Excel or choose a visible sheet</source>
        <translation>工作表 {sheet} 是隐藏的：请在 Excel 中取消隐藏，或选择一个可见的工作表</translation>
    </message>
    <message>
        <source>no sheet named {sheet}</source>
        <translation>没有名为 {sheet} 的工作表</translation>
    </message>
    <message>
        <source>no header row naming the project code column (PRO_CODE or 项目编码) in the first {n} rows</source>
        <translation>前 {n} 行中没有含项目编码列（PRO_CODE 或 项目编码）的表头行</translation>
    </message>
    <message>
        <source>missing required column: {column}</source>
        <translation>缺少必需的列：{column}</translation>
    </message>
    <message>
        <source>two columns for the same field: {first} and {second}</source>
        <translation>同一字段有两列：{first} 和 {second}</translation>
    </message>
    <message>
        <source>the project code is blank</source>
        <translation>项目编码为空</translation>
    </message>
    <message>
        <source>duplicate project code {code} (first on row {first})</source>
        <translation>项目编码 {code} 重复（首次出现在第 {first} 行）</translation>
    </message>
    <message>
        <source>the formula has no saved value: open the file in Excel and save it again</source>
        <translation>公式没有保存的计算结果：请用 Excel 打开文件后重新保存</translation>
    </message>
    <message>
        <source>not an amount: {value}</source>
        <translation>不是金额：{value}</translation>
    </message>
    <message>
        <source>negative amount: {value}</source>
        <translation>金额为负数：{value}</translation>
    </message>
</context>
<context>
    <name>Experts</name>
    <message>
        <source>Draw at least one expert.</source>
        <translation>至少抽取一名专家。</translation>
    </message>
    <message>
        <source>Only {n} experts can be drawn ({excluded} left out for a conflict of interest); {count} were asked for.</source>
        <translation>只有 {n} 名专家可供抽取（{excluded} 名因利益关系回避），要求抽取 {count} 名。</translation>
    </message>
    <message>
        <source>{count} of {n} eligible experts{field}, drawn with seed {seed}; {excluded} left out for a conflict of interest</source>
        <translation>从{field}{n} 名可抽取专家中以随机种子 {seed} 抽取 {count} 名；{excluded} 名因利益关系回避</translation>
    </message>
    <message>
        <source> in {field}</source>
        <translation>“{field}”领域的</translation>
    </message>
</context>
<context>
    <name>ExpertsImport</name>
    <message>
        <source>The header row lacks the column 姓名.</source>
        <translation>表头缺少“姓名”列。</translation>
    </message>
    <message>
        <source>More than {n} rows.</source>
        <translation>超过 {n} 行。</translation>
    </message>
    <message>
        <source>姓名 is empty.</source>
        <translation>姓名为空。</translation>
    </message>
    <message>
        <source>Longer than {n} characters.</source>
        <translation>超过 {n} 个字符。</translation>
    </message>
    <message>
        <source>在库 must be 是 or 否.</source>
        <translation>“在库”应填是或否。</translation>
    </message>
    <message>
        <source>The same expert as row {row}.</source>
        <translation>与第 {row} 行是同一名专家。</translation>
    </message>
</context>
<context>
    <name>ExpertsTab</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>专业领域</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>职称</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>回避单位</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在库</translation>
    </message>
    <message>
        <source>unit codes or names, separated by 、</source>
        <translation>单位编码或名称，用“、”分隔</translation>
    </message>
    <message>
        <source>In the library (may be drawn)</source>
        <translation>在库（可被抽取）</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
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
        <source>Import experts</source>
        <translation>导入专家</translation>
    </message>
    <message>
        <source>Experts imported: {added} added, {updated} updated.</source>
        <translation>专家已导入：新增 {added} 名，更新 {updated} 名。</translation>
    </message>
    <message>
        <source>Export experts</source>
        <translation>导出专家库</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>已写入：{path}</translation>
    </message>
</context>
<context>
    <name>Faults</name>
    <message>
        <source>The database {path} is being used by another program. Close that program and try again; nothing was changed.</source>
        <translation>数据库正被其他程序使用：{path}。请关闭该程序后重试；未做任何更改。</translation>
    </message>
    <message>
        <source>{path} or its folder is read-only or may not be written by you. Choose a writable place or ask for write access; nothing was changed.</source>
        <translation>文件或文件夹只读（或没有写入权限）：{path}。请换一个可写的位置或申请写入权限；未做任何更改。</translation>
    </message>
    <message>
        <source>The disk is full while writing {path}. Free some space and try again; nothing was changed.</source>
        <translation>磁盘已满，无法写入 {path}。请腾出空间后重试；未做任何更改。</translation>
    </message>
    <message>
        <source>Writing {path} failed (disk full, removed or damaged?). Nothing was changed.</source>
        <translation>写入 {path} 失败（磁盘已满、已拔出或损坏？）。未做任何更改。</translation>
    </message>
    <message>
        <source>{path} cannot be opened: the folder may be missing or read-only. Nothing was changed.</source>
        <translation>无法打开 {path}：文件夹可能不存在或只读。未做任何更改。</translation>
    </message>
    <message>
        <source>The database server of {path} cannot be reached (switched off, another address or port, or a firewall). Check the address with the administrator and try again; nothing was changed.</source>
        <translation>无法连接 {path} 的数据库服务器（服务器已关机、地址或端口不对，或被防火墙阻挡）。请与管理员核对地址后重试；未做任何更改。</translation>
    </message>
    <message>
        <source>The database server of {path} refused the user name or password. Check them (the password may also be kept in the PostgreSQL password file, pgpass); nothing was changed.</source>
        <translation>{path} 的数据库服务器拒绝了用户名或密码。请核对（密码也可以保存在 PostgreSQL 密码文件 pgpass 中）；未做任何更改。</translation>
    </message>
    <message>
        <source>The database server of {path} has no such database. Ask its administrator to create it (createdb); nothing was changed.</source>
        <translation>{path} 的数据库服务器上没有这个数据库。请服务器管理员创建它（createdb）；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>FirstDayPanel</name>
    <message>
        <source>Create the budget year you start with.</source>
        <translation>新建起始预算年度。</translation>
    </message>
    <message>
        <source>Create budget year…</source>
        <translation>新建预算年度…</translation>
    </message>
    <message>
        <source>Import the project export of the budget system (预算管理一体化系统), xlsx or CSV: it brings the departments, units and projects with their budgets.</source>
        <translation>导入预算管理一体化系统导出的项目表（xlsx 或 CSV）：主管部门、预算单位和项目及其预算数一并导入。</translation>
    </message>
    <message>
        <source>Import the export…</source>
        <translation>导入项目表…</translation>
    </message>
    <message>
        <source>Or enter the departments, budget units and townships by hand.</source>
        <translation>或手工录入主管部门、预算单位和乡镇（街道）。</translation>
    </message>
    <message>
        <source>Add a unit…</source>
        <translation>新增单位…</translation>
    </message>
    <message>
        <source>…and the projects of the year, with their budgets in 10k yuan.</source>
        <translation>……以及本年度项目及其预算数（万元）。</translation>
    </message>
    <message>
        <source>Add a project…</source>
        <translation>新增项目…</translation>
    </message>
    <message>
        <source>Load the shipped indicator library (1,119 indicators from published county tables) to fill targets faster.</source>
        <translation>载入随软件提供的指标库（1,119 条，取自各县公开的表格），填报目标更快。</translation>
    </message>
    <message>
        <source>Load the library</source>
        <translation>载入指标库</translation>
    </message>
    <message>
        <source>Welcome to PerfDesk</source>
        <translation>欢迎使用绩效通</translation>
    </message>
    <message>
        <source>{area} works on a budget year, and this database has none yet. Create the year, or import the budget system&apos;s export, first.</source>
        <translation>“{area}”按预算年度开展工作，本数据库还没有预算年度。请先新建年度，或导入预算管理一体化系统的项目表。</translation>
    </message>
    <message>
        <source>This database has no budget year or no projects yet. Start here: the other pages fill in once the projects are in.</source>
        <translation>本数据库还没有预算年度或项目。请从这里开始：项目录入后，其他页面即可使用。</translation>
    </message>
    <message>
        <source>Create the budget year and a unit first.</source>
        <translation>请先新建预算年度和单位。</translation>
    </message>
</context>
<context>
    <name>FlatSheet</name>
    <message>
        <source>The first row must hold the column names; it is blank.</source>
        <translation>第一行应为列名，但该行为空。</translation>
    </message>
    <message>
        <source>The header row lacks the column(s) {columns}.</source>
        <translation>表头缺少列：{columns}。</translation>
    </message>
    <message>
        <source>More than {n} rows.</source>
        <translation>超过 {n} 行。</translation>
    </message>
    <message>
        <source>{column} is empty.</source>
        <translation>“{column}”未填写。</translation>
    </message>
    <message>
        <source>{value} is not a number.</source>
        <translation>“{value}”不是数字。</translation>
    </message>
    <message>
        <source>{value}: a positive number is needed here.</source>
        <translation>“{value}”：此处须为正数。</translation>
    </message>
    <message>
        <source>{value} is not an amount.</source>
        <translation>“{value}”不是金额。</translation>
    </message>
    <message>
        <source>{value}: an amount cannot be negative.</source>
        <translation>“{value}”：金额不能为负数。</translation>
    </message>
    <message>
        <source>{value} is not a year.</source>
        <translation>“{value}”不是年度。</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}.</source>
        <translation>“{value}”不是以下之一：{choices}。</translation>
    </message>
</context>
<context>
    <name>FrameworkTab</name>
    <message>
        <source>Level 1</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>二级指标</translation>
    </message>
    <message>
        <source>Level 3</source>
        <translation>三级指标</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Computed as</source>
        <translation>计算方式</translation>
    </message>
    <message>
        <source>Target (%)</source>
        <translation>目标值（%）</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>指标解释</translation>
    </message>
    <message>
        <source>Scoring standard</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <source>Save the framework</source>
        <translation>保存指标体系</translation>
    </message>
    <message>
        <source>New evaluations start from this framework. No national weights exist; 产出 and 效益 should carry at least the share set in the settings.</source>
        <translation>新建评价以此指标体系为基础。国家未规定统一权重；产出和效益指标合计占比不应低于设置中的比例。</translation>
    </message>
    <message>
        <source>Line {n}</source>
        <translation>第 {n} 项</translation>
    </message>
    <message>
        <source>A points cell is not a number.</source>
        <translation>有分值不是数字。</translation>
    </message>
    <message>
        <source>Points: {total}.</source>
        <translation>分值合计 {total}。</translation>
    </message>
    <message>
        <source>The weights pass the check.</source>
        <translation>权重符合要求。</translation>
    </message>
    <message>
        <source>Framework saved: new evaluations start from it.</source>
        <translation>指标体系已保存，新建评价将以此为基础。</translation>
    </message>
</context>
<context>
    <name>Home</name>
    <message>
        <source>The year has no projects yet: there is nothing to brief on.</source>
        <translation>该年度尚无项目，无法生成简报。</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Leadership brief (PDF)…</source>
        <translation>领导简报（PDF）…</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Reading the year&apos;s figures</source>
        <translation>正在读取本年度进展</translation>
    </message>
    <message>
        <source>There are no projects to brief on yet.</source>
        <translation>尚无项目，无法生成简报。</translation>
    </message>
    <message>
        <source>Budget year {year}: where the work stands on {date}</source>
        <translation>{year}年度工作进展（截至{date}）</translation>
    </message>
    <message>
        <source>Welcome to PerfDesk</source>
        <translation>欢迎使用绩效通</translation>
    </message>
    <message>
        <source>This database has no budget year with projects yet.

Start by importing the project export of the budget system (Targets → Checks and Excel), or create a demo database to look around: perfdesk demo --out demo.db</source>
        <translation>本数据库还没有包含项目的预算年度。

请先导入预算管理一体化系统导出的项目清单（目标管理 → 审核与Excel），或生成演示数据库先行浏览：perfdesk demo --out demo.db</translation>
    </message>
    <message>
        <source>{year}-{month:02d}-{day:02d}</source>
        <translation>{year}年{month}月{day}日</translation>
    </message>
    <message>
        <source>no round yet</source>
        <translation>尚未监控</translation>
    </message>
    <message>
        <source>latest round</source>
        <translation>最新一轮监控</translation>
    </message>
    <message>
        <source>execution (time {p}%)</source>
        <translation>执行进度（时间进度{p}%）</translation>
    </message>
    <message>
        <source>red warnings</source>
        <translation>红色预警</translation>
    </message>
    <message>
        <source>yellow warnings</source>
        <translation>黄色预警</translation>
    </message>
    <message>
        <source>key monitoring</source>
        <translation>财政重点监控</translation>
    </message>
    <message>
        <source>not ranked yet</source>
        <translation>尚未排名</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>ranking run {n}</source>
        <translation>第{n}版排名</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>cut</source>
        <translation>压减</translation>
    </message>
    <message>
        <source>10k yuan cut in all</source>
        <translation>压减合计（万元）</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>绩效目标</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>submitted, to review</source>
        <translation>已报送待审核</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>draft or not started</source>
        <translation>草稿或未填报</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>运行监控</translation>
    </message>
    <message>
        <source>Self-evaluations</source>
        <translation>绩效自评</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>grades</source>
        <translation>评价等级</translation>
    </message>
    <message>
        <source>Spot checks</source>
        <translation>抽查复核</translation>
    </message>
    <message>
        <source>no sample drawn yet</source>
        <translation>尚未抽取样本</translation>
    </message>
    <message>
        <source>drawn</source>
        <translation>已抽取</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>已复核</translation>
    </message>
    <message>
        <source>review differs</source>
        <translation>复核分不一致</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>排名与预算压减</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>问题整改</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未销号</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>Open the list behind this figure</source>
        <translation>打开该数字对应的清单</translation>
    </message>
    <message>
        <source>For finance</source>
        <translation>待财政局办理</translation>
    </message>
    <message>
        <source>For the units</source>
        <translation>待各单位办理</translation>
    </message>
    <message>
        <source>Nothing waiting.</source>
        <translation>暂无待办。</translation>
    </message>
    <message>
        <source>{n} targets to review</source>
        <translation>{n}个绩效目标待审核</translation>
    </message>
    <message>
        <source>{n} self-evaluations to review</source>
        <translation>{n}个绩效自评待审核</translation>
    </message>
    <message>
        <source>{n} sampled self-evaluations to review</source>
        <translation>{n}个抽查自评待复核</translation>
    </message>
    <message>
        <source>{n} key-monitoring projects without a measure</source>
        <translation>{n}个重点监控项目未明确处理措施</translation>
    </message>
    <message>
        <source>The ranking run awaits confirmation</source>
        <translation>排名结果待确认</translation>
    </message>
    <message>
        <source>{n} ledger items overdue</source>
        <translation>{n}个整改问题逾期</translation>
    </message>
    <message>
        <source>{n} targets not submitted</source>
        <translation>{n}个绩效目标未报送</translation>
    </message>
    <message>
        <source>{n} self-evaluations not finished</source>
        <translation>{n}个绩效自评未完成</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已审核</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>退回修改</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未填报</translation>
    </message>
    <message>
        <source>Targets by department: the {n} with most still to approve</source>
        <translation>各部门绩效目标审核进度（待审核最多的{n}个部门）</translation>
    </message>
    <message>
        <source>Self-evaluation grades</source>
        <translation>绩效自评等级分布</translation>
    </message>
    <message>
        <source>Save the leadership brief</source>
        <translation>保存领导简报</translation>
    </message>
    <message>
        <source>Leadership brief {date}.pdf</source>
        <translation>领导简报{date}.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Brief written: {path}</source>
        <translation>简报已生成：{path}</translation>
    </message>
    <message>
        <source>Printing the leadership brief</source>
        <translation>正在生成领导简报</translation>
    </message>
</context>
<context>
    <name>ImportTab</name>
    <message>
        <source>Project / line</source>
        <translation>项目 / 指标</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>表中得分</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>计算得分</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>最终得分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>计算说明</translation>
    </message>
    <message>
        <source>Choose filled-in self-evaluation workbooks to check them.</source>
        <translation>选择已填写的自评表工作簿进行检查。</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Self-evaluation workbooks</source>
        <translation>自评表工作簿</translation>
    </message>
    <message>
        <source>Importing self-evaluations</source>
        <translation>正在导入自评</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>未导入任何内容：</translation>
    </message>
    <message>
        <source>{n} project(s) checked, {d} line(s) differ from the rules, {m} not in the database.</source>
        <translation>已检查 {n} 个项目，{d} 项得分与规则计算不同，{m} 个项目不在数据库中。</translation>
    </message>
    <message>
        <source>{p} problem(s) to fix first: nothing is imported while any file has one.</source>
        <translation>另有{p}个问题需先改正：任一文件有问题时不导入任何内容。</translation>
    </message>
    <message>
        <source>{n} self-evaluation(s) imported.</source>
        <translation>已导入 {n} 份自评。</translation>
    </message>
    <message>
        <source>Not read</source>
        <translation>未能读取</translation>
    </message>
</context>
<context>
    <name>IndicatorLibrary</name>
    <message>
        <source>The indicator library is empty. Load the shipped library (1,119 indicators from published county tables) or import your county&apos;s own workbook.</source>
        <translation>指标库为空。可载入随软件提供的指标库（1119 条，取自公开的县级绩效目标表），或导入本县自己的指标库工作簿。</translation>
    </message>
    <message>
        <source>Load the shipped library</source>
        <translation>载入随软件提供的指标库</translation>
    </message>
    <message>
        <source>New entry…</source>
        <translation>新增指标…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Indicator library</source>
        <translation>指标库</translation>
    </message>
    <message>
        <source>{n} indicators loaded.</source>
        <translation>已载入 {n} 条指标。</translation>
    </message>
    <message>
        <source>Choose the budget year from which the change applies.</source>
        <translation>请选择修改从哪个预算年度起生效。</translation>
    </message>
    <message>
        <source>Targets of earlier years use this indicator: it was closed at {last} and a new version is valid from {year}.</source>
        <translation>以前年度的绩效目标使用了该指标：原指标截止到 {last} 年，新版本自 {year} 年起生效。</translation>
    </message>
    <message>
        <source>Import indicator library</source>
        <translation>导入指标库</translation>
    </message>
    <message>
        <source>{added} added, {unchanged} already in the library.</source>
        <translation>新增 {added} 条，{unchanged} 条已在指标库中。</translation>
    </message>
    <message>
        <source>Export indicator library</source>
        <translation>导出指标库</translation>
    </message>
    <message>
        <source>{n} entries written to {path}</source>
        <translation>已将 {n} 条指标写入 {path}</translation>
    </message>
</context>
<context>
    <name>KeyEval</name>
    <message>
        <source>满意度 needs the survey&apos;s rate (0–100%): import the questionnaires or enter it; not scored.</source>
        <translation>满意度需要问卷调查的满意率（0–100%）：请导入问卷或填写；暂未评分。</translation>
    </message>
    <message>
        <source>{name} needs {top} and a positive {bottom}: not scored.</source>
        <translation>{name}需要填写{top}和大于0的{bottom}：暂未评分。</translation>
    </message>
    <message>
        <source>{name} = {formula} = {rate}; target {target}%; score {points} × {share} = {score}</source>
        <translation>{name} = {formula} = {rate}；目标值 {target}%；得分 {points} × {share} = {score}</translation>
    </message>
    <message>
        <source>The score {score} is outside 0 to {points}.</source>
        <translation>得分 {score} 不在 0 至 {points} 之间。</translation>
    </message>
    <message>
        <source>The framework has no indicators.</source>
        <translation>指标体系中没有指标。</translation>
    </message>
    <message>
        <source>Every indicator needs points above 0.</source>
        <translation>每项指标的分值都应大于 0。</translation>
    </message>
    <message>
        <source>The points add up to {total}, not 100.</source>
        <translation>分值合计为 {total}，不是 100。</translation>
    </message>
    <message>
        <source>产出 and 效益 carry {share}% of the points, less than {min}%.</source>
        <translation>产出和效益指标合计占 {share}%，低于 {min}%。</translation>
    </message>
    <message>
        <source>Line {n} needs its first- and third-level indicator.</source>
        <translation>第 {n} 项指标缺少一级或三级指标名称。</translation>
    </message>
    <message>
        <source>Line {n} needs its points.</source>
        <translation>第 {n} 项指标缺少分值。</translation>
    </message>
    <message>
        <source>Line {n}: unknown formula {formula}.</source>
        <translation>第 {n} 项指标：未知的计算公式 {formula}。</translation>
    </message>
    <message>
        <source>There is no project {code} in {year}.</source>
        <translation>{year} 年度没有项目 {code}。</translation>
    </message>
    <message>
        <source>There is no unit {code}.</source>
        <translation>没有单位 {code}。</translation>
    </message>
    <message>
        <source>The agency {name} is not in the registry: add it there first.</source>
        <translation>第三方机构“{name}”不在机构库中：请先在机构库中添加。</translation>
    </message>
    <message>
        <source>The evaluation needs a title.</source>
        <translation>请填写评价名称。</translation>
    </message>
    <message>
        <source>Choose what is evaluated: a project, a policy, a special fund or a department.</source>
        <translation>请选择评价对象：项目、政策、专项资金或部门。</translation>
    </message>
    <message>
        <source>A project evaluation needs the project.</source>
        <translation>项目评价须指明所评价的项目。</translation>
    </message>
    <message>
        <source>A special fund&apos;s or a department&apos;s evaluation is not of one project: clear the project code.</source>
        <translation>专项资金评价和部门评价不针对单个项目：请清空项目编码。</translation>
    </message>
    <message>
        <source>A special fund&apos;s or a department&apos;s evaluation needs the department responsible.</source>
        <translation>专项资金评价和部门评价须指明主管部门。</translation>
    </message>
    <message>
        <source>{field} cannot be negative.</source>
        <translation>{field}不能为负数。</translation>
    </message>
    <message>
        <source>The lead evaluator&apos;s name is longer than 60 characters.</source>
        <translation>主评人姓名超过 60 个字符。</translation>
    </message>
    <message>
        <source>There is no key evaluation {id}.</source>
        <translation>没有编号为 {id} 的重点绩效评价。</translation>
    </message>
    <message>
        <source>The line is not part of this evaluation.</source>
        <translation>该指标不属于此评价。</translation>
    </message>
    <message>
        <source>{name}: the points must be above 0.</source>
        <translation>{name}：分值应大于 0。</translation>
    </message>
    <message>
        <source>{name}: unknown formula {formula}.</source>
        <translation>{name}：未知的计算公式 {formula}。</translation>
    </message>
    <message>
        <source>{name}: a figure cannot be negative.</source>
        <translation>{name}：数据不能为负数。</translation>
    </message>
    <message>
        <source>to be scored by the evaluator</source>
        <translation>待评价人员评分</translation>
    </message>
    <message>
        <source>The evaluation has no unit to own its findings: link the project or the department responsible.</source>
        <translation>该评价没有可承担整改的单位：请关联项目或主管部门。</translation>
    </message>
    <message>
        <source>Score the evaluation before printing its report: every line needs a score.</source>
        <translation>请先完成评分再打印报告：每项指标都需要得分。</translation>
    </message>
</context>
<context>
    <name>KeyEvalImport</name>
    <message>
        <source>The workbook needs the sheets 评价信息 and 评分表 (missing: {sheets}).</source>
        <translation>工作簿须包含“评价信息”和“评分表”两个工作表（缺少：{sheets}）。</translation>
    </message>
    <message>
        <source>评价名称 is empty.</source>
        <translation>评价名称为空。</translation>
    </message>
    <message>
        <source>{value} is not a whole number.</source>
        <translation>“{value}”不是整数。</translation>
    </message>
    <message>
        <source>评价对象类型 must be 项目, 政策, 专项资金 or 部门.</source>
        <translation>评价对象类型应为项目、政策、专项资金或部门。</translation>
    </message>
    <message>
        <source>{value} is not a date (YYYY-MM-DD).</source>
        <translation>“{value}”不是日期（格式：2025-06-30）。</translation>
    </message>
    <message>
        <source>{value} is not a number.</source>
        <translation>“{value}”不是数字。</translation>
    </message>
    <message>
        <source>The score sheet is blank.</source>
        <translation>评分表为空。</translation>
    </message>
    <message>
        <source>The header row lacks the column(s) {columns}.</source>
        <translation>表头缺少列：{columns}。</translation>
    </message>
    <message>
        <source>计算公式 {value} is not one of {choices}.</source>
        <translation>计算公式“{value}”不是以下之一：{choices}。</translation>
    </message>
    <message>
        <source>分值 is empty.</source>
        <translation>分值为空。</translation>
    </message>
    <message>
        <source>The score sheet has no indicator.</source>
        <translation>评分表中没有指标。</translation>
    </message>
    <message>
        <source>There is no key evaluation {id} to update: clear 评价编号 to create a new one.</source>
        <translation>没有编号为 {id} 的评价可更新：如需新建，请清空评价编号。</translation>
    </message>
    <message>
        <source>预算年度 is empty.</source>
        <translation>预算年度为空。</translation>
    </message>
    <message>
        <source>Row {row} {name}: printed {printed}, computed {computed} ({basis})</source>
        <translation>第 {row} 行 {name}：表中得分 {printed}，按公式计算 {computed}（{basis}）</translation>
    </message>
</context>
<context>
    <name>KeyEvalPage</name>
    <message>
        <source>{field} is not a number.</source>
        <translation>{field}不是数字。</translation>
    </message>
</context>
<context>
    <name>KeyEvaluationPage</name>
    <message>
        <source>Key evaluation</source>
        <translation>重点评价</translation>
    </message>
    <message>
        <source>Evaluations</source>
        <translation>评价项目</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>指标体系</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>第三方机构</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>专家库</translation>
    </message>
</context>
<context>
    <name>KeyMeasureDialog</name>
    <message>
        <source>Measure for {name}</source>
        <translation>{name}的处理措施</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>10k yuan</source>
        <translation>万元</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>处理措施</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>具体说明</translation>
    </message>
    <message>
        <source>Amount withdrawn (10k yuan)</source>
        <translation>收回金额（万元）</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟踪落实情况</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>Describe the problem to rectify.</source>
        <translation>请填写需要整改的问题。</translation>
    </message>
    <message>
        <source>Choose the unit responsible.</source>
        <translation>请选择责任单位。</translation>
    </message>
    <message>
        <source>Unknown source {source}.</source>
        <translation>未知来源 {source}。</translation>
    </message>
    <message>
        <source>There is no ledger item {id}.</source>
        <translation>不存在台账事项 {id}。</translation>
    </message>
    <message>
        <source>Ledger item {id} is closed; reopen it first.</source>
        <translation>台账事项 {id} 已销号，请先重新打开。</translation>
    </message>
    <message>
        <source>Close an item with its date and evidence.</source>
        <translation>销号须填写日期和整改佐证。</translation>
    </message>
    <message>
        <source>Every ledger item needs a deadline.</source>
        <translation>每个整改事项都须有整改时限。</translation>
    </message>
    <message>
        <source>No such file: {path}</source>
        <translation>文件不存在：{path}</translation>
    </message>
    <message>
        <source>Closing needs the date.</source>
        <translation>销号须填写日期。</translation>
    </message>
    <message>
        <source>The closing date {date} is after today ({today}): close the item on the day the rectification was done, not in advance.</source>
        <translation>销号日期 {date} 晚于今天（{today}）：请在整改完成后按实际完成日期销号，不能提前销号。</translation>
    </message>
    <message>
        <source>The closing date is before the item was created.</source>
        <translation>销号日期早于事项创建日期。</translation>
    </message>
    <message>
        <source>Closing needs evidence: attach a file that shows the rectification, or write an account of at least {min} characters (this one has {n}).</source>
        <translation>销号须有佐证材料：请上传能证明整改情况的文件，或填写不少于 {min} 个字的整改情况说明（现为 {n} 个字）。</translation>
    </message>
    <message>
        <source>{year}-{month:02d}-{day:02d}</source>
        <translation>{year}年{month}月{day}日</translation>
    </message>
    <message>
        <source>Only a closed item can be reopened.</source>
        <translation>只有已销号的事项才能重新打开。</translation>
    </message>
    <message>
        <source>Reopening needs a reason.</source>
        <translation>重新打开须说明理由。</translation>
    </message>
    <message>
        <source>Put on probation by ranking run {version} ({year}): {reason}</source>
        <translation>{year}年度排名第 {version} 版设为保留察看：{reason}</translation>
    </message>
    <message>
        <source>Rectification plan led by {owner}</source>
        <translation>由{owner}牵头制定整改方案</translation>
    </message>
    <message>
        <source>Self-evaluation score {own} differs from the review score {review} by {difference}</source>
        <translation>自评得分 {own} 与复核得分 {review} 相差 {difference}</translation>
    </message>
    <message>
        <source>Under key monitoring</source>
        <translation>纳入重点监控</translation>
    </message>
    <message>
        <source>There are no open ledger items to write a letter about.</source>
        <translation>没有未销号的台账事项可用于生成函件。</translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Any source</source>
        <translation>全部来源</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>只看逾期</translation>
    </message>
    <message>
        <source>Search problem, unit or project</source>
        <translation>搜索问题、单位或项目</translation>
    </message>
    <message>
        <source>New item…</source>
        <translation>新增事项…</translation>
    </message>
    <message>
        <source>From findings</source>
        <translation>从评价发现生成</translation>
    </message>
    <message>
        <source>Add evidence…</source>
        <translation>添加佐证…</translation>
    </message>
    <message>
        <source>Close (销号)…</source>
        <translation>销号…</translation>
    </message>
    <message>
        <source>Rectification notice…</source>
        <translation>整改通知书…</translation>
    </message>
    <message>
        <source>Interview record…</source>
        <translation>约谈记录…</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>销号日期</translation>
    </message>
    <message>
        <source>Evidence files</source>
        <translation>佐证文件</translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation>共 {n} 项</translation>
    </message>
    <message>
        <source>, {n} overdue</source>
        <translation>，其中逾期 {n} 项</translation>
    </message>
    <message>
        <source>Save the letter</source>
        <translation>保存函件</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>已写入：{path}</translation>
    </message>
    <message>
        <source>Writing the letter…</source>
        <translation>正在生成函件…</translation>
    </message>
</context>
<context>
    <name>LetterheadDialog</name>
    <message>
        <source>Letterhead</source>
        <translation>发文信息</translation>
    </message>
    <message>
        <source>Letters, notices and reports print the county&apos;s name, the issuing authority and the document number. Fill them in once; they can be changed under Settings → General.</source>
        <translation>提醒函、通知和报告要印上县名、发文机关和文号。请填写一次，以后可在“设置 → 通用”中修改。</translation>
    </message>
    <message>
        <source>e.g. 冠县</source>
        <translation>例如：冠县</translation>
    </message>
    <message>
        <source>e.g. 冠县财政局</source>
        <translation>例如：冠县财政局</translation>
    </message>
    <message>
        <source>e.g. 冠财绩</source>
        <translation>例如：冠财绩</translation>
    </message>
    <message>
        <source>County</source>
        <translation>县（区）名称</translation>
    </message>
    <message>
        <source>Issuing authority (发文机关)</source>
        <translation>发文机关</translation>
    </message>
    <message>
        <source>Document number prefix (文号)</source>
        <translation>文号前缀</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>暂不填写</translation>
    </message>
</context>
<context>
    <name>LibrariesPage</name>
    <message>
        <source>Indicator library</source>
        <translation>指标库</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>The library already has entries; the shipped library is loaded only into an empty one.</source>
        <translation>指标库中已有指标；随软件提供的指标库只能载入空指标库。</translation>
    </message>
    <message>
        <source>Loading the indicator library</source>
        <translation>正在载入指标库</translation>
    </message>
    <message>
        <source>The indicator needs a name.</source>
        <translation>请填写指标名称。</translation>
    </message>
    <message>
        <source>Unknown first-level indicator {value}.</source>
        <translation>不是规定的一级指标：{value}。</translation>
    </message>
    <message>
        <source>{level2} is not a second level of {level1}.</source>
        <translation>{level2} 不是 {level1} 下的二级指标。</translation>
    </message>
    <message>
        <source>Not an allowed value: {value}</source>
        <translation>不是允许的取值：{value}</translation>
    </message>
    <message>
        <source>No library entry {id}.</source>
        <translation>指标库中没有编号为 {id} 的指标。</translation>
    </message>
</context>
<context>
    <name>LibraryBrowser</name>
    <message>
        <source>Search the name or the measurement note</source>
        <translation>按指标名称或计算方法查询</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <source>All scopes</source>
        <translation>全部范围</translation>
    </message>
    <message>
        <source>All first levels</source>
        <translation>全部一级指标</translation>
    </message>
    <message>
        <source>Any year</source>
        <translation>不限年度</translation>
    </message>
    <message>
        <source>Valid in </source>
        <translation>有效年度 </translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>二级指标</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>三级指标</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较方式</translation>
    </message>
    <message>
        <source>Typical value</source>
        <translation>参考值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <source>Value basis</source>
        <translation>指标值依据</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>有效年度</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>使用次数</translation>
    </message>
    <message>
        <source>All second levels</source>
        <translation>全部二级指标</translation>
    </message>
    <message>
        <source>{n} entries</source>
        <translation>{n} 条</translation>
    </message>
    <message>
        <source>Project type</source>
        <translation>项目类型</translation>
    </message>
    <message>
        <source>Tree</source>
        <translation>指标层级</translation>
    </message>
    <message>
        <source>How it is measured</source>
        <translation>计算方法</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Department code</source>
        <translation>部门编码</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>各年度均有效</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用情况</translation>
    </message>
    <message>
        <source>{n} target indicator(s) in {years}</source>
        <translation>{years} 年度共 {n} 个绩效目标指标使用</translation>
    </message>
    <message>
        <source>Not used by any target yet</source>
        <translation>尚无绩效目标使用</translation>
    </message>
</context>
<context>
    <name>LibraryEntryDialog</name>
    <message>
        <source>Library entry</source>
        <translation>指标库条目</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>General (common)</source>
        <translation>通用（共性）</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>二级指标</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>三级指标</translation>
    </message>
    <message>
        <source>Typical value</source>
        <translation>参考值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <source>Department code</source>
        <translation>部门编码</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比较方式</translation>
    </message>
    <message>
        <source>Value basis</source>
        <translation>指标值依据</translation>
    </message>
    <message>
        <source>How it is measured</source>
        <translation>计算方法</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>LibraryImport</name>
    <message>
        <source>The sheet is blank.</source>
        <translation>工作表为空。</translation>
    </message>
    <message>
        <source>The header row lacks the column(s) {columns}.</source>
        <translation>表头缺少以下列：{columns}。</translation>
    </message>
    <message>
        <source>More than {n} rows.</source>
        <translation>超过 {n} 行。</translation>
    </message>
    <message>
        <source>{column} is empty.</source>
        <translation>{column}未填写。</translation>
    </message>
    <message>
        <source>Unknown first-level indicator {value}.</source>
        <translation>不是规定的一级指标：{value}。</translation>
    </message>
    <message>
        <source>{level2} is not a second level of {level1}.</source>
        <translation>{level2} 不是 {level1} 下的二级指标。</translation>
    </message>
    <message>
        <source>A sector (行业) indicator needs its sector.</source>
        <translation>行业指标须填写所属行业。</translation>
    </message>
    <message>
        <source>A department (部门) indicator needs the department code.</source>
        <translation>部门指标须填写部门编码。</translation>
    </message>
    <message>
        <source>The last year is before the first year.</source>
        <translation>截止年度早于起始年度。</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}.</source>
        <translation>“{value}”不是以下取值之一：{choices}。</translation>
    </message>
    <message>
        <source>{value} is not a year.</source>
        <translation>“{value}”不是年度。</translation>
    </message>
    <message>
        <source>Duplicate of row {row} (same sector, levels and name).</source>
        <translation>与第 {row} 行重复（行业、一级、二级指标和指标名称相同）。</translation>
    </message>
    <message>
        <source>Row {row}: already in the library as entry {id} ({name}); skipped.</source>
        <translation>第 {row} 行：指标库中已有相同指标（编号 {id}，{name}），已跳过。</translation>
    </message>
    <message>
        <source>The library already has {name} under {level1}/{level2} in this sector (entry {id}) with other content: edit it on the library page or remove this row.</source>
        <translation>指标库中本行业 {level1}/{level2} 下已有“{name}”（编号 {id}），但内容不同：请在指标库页面修改该指标，或删除本行。</translation>
    </message>
</context>
<context>
    <name>LibraryPickerDialog</name>
    <message>
        <source>Indicators from the library</source>
        <translation>从指标库选取指标</translation>
    </message>
    <message>
        <source>Insert selected</source>
        <translation>插入所选指标</translation>
    </message>
    <message>
        <source>Insert {n} selected</source>
        <translation>插入所选 {n} 条指标</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>Where to save the new database</source>
        <translation>新数据库保存位置</translation>
    </message>
    <message>
        <source>One file holds a county&apos;s whole budget-performance work. Choose a new file name.</source>
        <translation>一个文件保存本地全部预算绩效管理工作。请输入新的文件名。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>PerfDesk databases (*.db)</source>
        <translation>绩效通数据库 (*.db)</translation>
    </message>
    <message>
        <source>{path} exists. A new database is never written over a file: choose another name.</source>
        <translation>{path} 已存在。新数据库不会覆盖已有文件，请换一个文件名。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>文件夹 {folder} 不存在。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>再输一次新密码</translation>
    </message>
    <message>
        <source>This database has accounts. Sign in to use it.</source>
        <translation>此数据库启用了账户，请登录后使用。</translation>
    </message>
    <message>
        <source>Your password has expired.</source>
        <translation>您的密码已过期，请设置新密码。</translation>
    </message>
    <message>
        <source>Choose a new password before you start.</source>
        <translation>开始使用前请设置新密码。</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>PerfDesk (绩效通)</source>
        <translation>绩效通</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标管理</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>运行监控</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>工作台</translation>
    </message>
    <message>
        <source>Ex-ante assessment</source>
        <translation>事前绩效评估</translation>
    </message>
    <message>
        <source>Cost budgets</source>
        <translation>成本预算</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>绩效评价</translation>
    </message>
    <message>
        <source>Key evaluation</source>
        <translation>重点评价</translation>
    </message>
    <message>
        <source>Ranking and elimination</source>
        <translation>排名与末位淘汰</translation>
    </message>
    <message>
        <source>Results application</source>
        <translation>结果应用</translation>
    </message>
    <message>
        <source>Department-wide and disclosure</source>
        <translation>部门整体与信息公开</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Libraries</source>
        <translation>基础库</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Budget year</source>
        <translation>预算年度</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Unit tree</source>
        <translation>单位树</translation>
    </message>
    <message>
        <source>Show or hide the unit tree</source>
        <translation>显示或隐藏单位树</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;server database (PostgreSQL)…</source>
        <translation>打开服务器数据库(&amp;S)（PostgreSQL）…</translation>
    </message>
    <message>
        <source>New budget &amp;year…</source>
        <translation>新建预算年度(&amp;Y)…</translation>
    </message>
    <message>
        <source>&amp;Backup and restore…</source>
        <translation>备份与恢复(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Data packages…</source>
        <translation>数据包(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Getting started</source>
        <translation>开始使用(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;About PerfDesk</source>
        <translation>关于绩效通(&amp;A)</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>{year}</source>
        <translation>{year}年</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language applies fully after PerfDesk is restarted.</source>
        <translation>重新启动绩效通后新语言完全生效。</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <source>Opening the database (it is upgraded if needed)…</source>
        <translation>正在打开数据库（如有需要将自动升级）…</translation>
    </message>
</context>
<context>
    <name>MasterData</name>
    <message>
        <source>{path} exists; a new database is never written over an existing file. Choose another name.</source>
        <translation>{path} 已存在；新建数据库不会覆盖已有文件。请另选文件名。</translation>
    </message>
    <message>
        <source>{path} already holds a PerfDesk database; a new database is never written over it.</source>
        <translation>{path} 中已有绩效通数据库；新建数据库绝不会覆盖已有数据库。</translation>
    </message>
    <message>
        <source>{year} is not a budget year.</source>
        <translation>{year} 不是预算年度。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>supervising department</source>
        <translation>主管部门</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>budget type</source>
        <translation>预算类型</translation>
    </message>
    <message>
        <source>fund origin</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>new or continuing</source>
        <translation>项目属性</translation>
    </message>
    <message>
        <source>project kind code</source>
        <translation>项目类别编码</translation>
    </message>
    <message>
        <source>functional classification code</source>
        <translation>功能分类编码</translation>
    </message>
    <message>
        <source>fund type code</source>
        <translation>资金性质编码</translation>
    </message>
    <message>
        <source>initial budget (年初预算数)</source>
        <translation>年初预算数</translation>
    </message>
    <message>
        <source>full-year budget (全年预算数)</source>
        <translation>全年预算数</translation>
    </message>
    <message>
        <source>{code} {name}: {field} {old} → {new}</source>
        <translation>{code} {name}：{field} {old} → {new}</translation>
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
        <source>Reading the exports</source>
        <translation>正在读取导出文件</translation>
    </message>
    <message>
        <source>Comparing with the database</source>
        <translation>正在与数据库比对</translation>
    </message>
    <message>
        <source>Writing units and projects</source>
        <translation>正在写入单位和项目</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>cannot read the file: {error}</source>
        <translation>无法读取文件：{error}</translation>
    </message>
    <message>
        <source>project code {code} is also in {file}, row {row}</source>
        <translation>项目编码 {code} 也出现在 {file} 第 {row} 行</translation>
    </message>
    <message>
        <source>unit {code} is new and the file gives no name for it</source>
        <translation>单位 {code} 是新单位，但文件中没有它的名称</translation>
    </message>
    <message>
        <source>the project&apos;s unit is blank</source>
        <translation>项目的单位为空</translation>
    </message>
    <message>
        <source>the unit {name} has no code: add the code column (AGENCY_CODE / 单位编码, DEPT_CODE / 主管部门编码) or write code-name in the cell</source>
        <translation>单位“{name}”没有编码：请增加编码列（AGENCY_CODE / 单位编码、DEPT_CODE / 主管部门编码），或在单元格中写成“编码-名称”</translation>
    </message>
    <message>
        <source>unit {code} is named {name} here but {first} on row {row}</source>
        <translation>单位 {code} 在此处名为“{name}”，但在第 {row} 行为“{first}”</translation>
    </message>
    <message>
        <source>unit {code} is under {parent} here but under {first} on row {row}</source>
        <translation>单位 {code} 在此处隶属于 {parent}，但在第 {row} 行隶属于 {first}</translation>
    </message>
    <message>
        <source>the project name is blank</source>
        <translation>项目名称为空</translation>
    </message>
    <message>
        <source>{file} has no 资金来源 column: its {n} new projects were taken as own-level projects; correct them by hand or import an export that has the column.</source>
        <translation>{file} 没有“资金来源”列：其 {n} 个新项目按本级项目导入；请手工更正，或导入含该列的导出文件。</translation>
    </message>
    <message>
        <source>{file}: {n} projects with a blank 资金来源 were taken as own-level projects.</source>
        <translation>{file}：{n} 个项目的资金来源为空，按本级项目导入。</translation>
    </message>
    <message>
        <source>{file} has no year column: its projects were taken as of {year}.</source>
        <translation>{file} 没有年度列：其项目按 {year} 年度导入。</translation>
    </message>
    <message>
        <source>{file} has no 年初预算数 (REPLY_AMT) column: the initial budget of its new projects was taken equal to the full-year budget.</source>
        <translation>{file} 没有年初预算数（REPLY_AMT）列：其新项目的年初预算数按全年预算数填入。</translation>
    </message>
    <message>
        <source>{file} has no 全年预算数 (CUR_AMT) column: the full-year budget of its new projects was taken equal to the initial budget.</source>
        <translation>{file} 没有全年预算数（CUR_AMT）列：其新项目的全年预算数按年初预算数填入。</translation>
    </message>
    <message>
        <source>There is no budget year in this database.</source>
        <translation>数据库中没有预算年度。</translation>
    </message>
    <message>
        <source>not an amount: {text}</source>
        <translation>不是金额：{text}</translation>
    </message>
    <message>
        <source>an amount cannot be negative: {text}</source>
        <translation>金额不能为负数：{text}</translation>
    </message>
    <message>
        <source>{text} 万元 is not a whole number of fen (at most six decimals in 万元)</source>
        <translation>{text} 万元不是整分数（以万元计最多六位小数）</translation>
    </message>
    <message>
        <source>No such unit.</source>
        <translation>没有该单位。</translation>
    </message>
    <message>
        <source>The unit code is required.</source>
        <translation>请填写单位编码。</translation>
    </message>
    <message>
        <source>The unit name is required.</source>
        <translation>请填写单位名称。</translation>
    </message>
    <message>
        <source>Unknown kind of unit: {kind}</source>
        <translation>未知的单位类型：{kind}</translation>
    </message>
    <message>
        <source>Unit code {code} is already used.</source>
        <translation>单位编码 {code} 已被使用。</translation>
    </message>
    <message>
        <source>A unit cannot be placed under itself or one of its own units.</source>
        <translation>单位不能放到自身或其下属单位之下。</translation>
    </message>
    <message>
        <source>The project code is required.</source>
        <translation>请填写项目编码。</translation>
    </message>
    <message>
        <source>The project name is required.</source>
        <translation>请填写项目名称。</translation>
    </message>
    <message>
        <source>Choose the unit the project belongs to.</source>
        <translation>请选择项目所属单位。</translation>
    </message>
    <message>
        <source>Unit {name} is retired.</source>
        <translation>单位“{name}”已停用。</translation>
    </message>
    <message>
        <source>Unknown value: {value}</source>
        <translation>未知的取值：{value}</translation>
    </message>
    <message>
        <source>An amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The project period ends before it starts.</source>
        <translation>项目期的结束年度早于开始年度。</translation>
    </message>
    <message>
        <source>Project code {code} is already used in this year.</source>
        <translation>本年度已有项目编码 {code}。</translation>
    </message>
    <message>
        <source>There is no budget year {year}.</source>
        <translation>没有 {year} 预算年度。</translation>
    </message>
    <message>
        <source>No such project.</source>
        <translation>没有该项目。</translation>
    </message>
    <message>
        <source>{created} projects added, {updated} updated, {unchanged} unchanged; {units} units added (budget years {years}).</source>
        <translation>新增项目 {created} 个，更新 {updated} 个，未变 {unchanged} 个；新增单位 {units} 个（预算年度 {years}）。</translation>
    </message>
    <message>
        <source>Changed (old → new):</source>
        <translation>变动情况（原值 → 新值）：</translation>
    </message>
    <message>
        <source>{n} projects of the year are not in the files (kept, not deleted):</source>
        <translation>本年度有 {n} 个项目不在导入文件中（保留，未删除）：</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>提示：{message}</translation>
    </message>
</context>
<context>
    <name>MasterDataTab</name>
    <message>
        <source>{name} is referred to by other records: it was retired (kept, shown grey) rather than deleted.</source>
        <translation>“{name}”已被其他记录引用：已停用（保留，灰色显示），未删除。</translation>
    </message>
    <message>
        <source>{name} was deleted: nothing referred to it.</source>
        <translation>“{name}”未被任何记录引用，已删除。</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>not an amount: {text}</source>
        <translation>不是有效金额：{text}</translation>
    </message>
    <message>
        <source>{text} is larger than any amount PerfDesk accepts (at most 10,000,000,000,000 元): check the number and its unit</source>
        <translation>金额 {text} 超出可接受的范围（最多 10,000,000,000,000 元），请检查数字及其单位</translation>
    </message>
</context>
<context>
    <name>Monitoring</name>
    <message>
        <source>Red warning</source>
        <translation>红色预警</translation>
    </message>
    <message>
        <source>Lag at or above the key-monitoring threshold</source>
        <translation>滞后达到重点监控标准</translation>
    </message>
    <message>
        <source>Target reported impossible to meet</source>
        <translation>报告目标完全不可能完成</translation>
    </message>
    <message>
        <source>Spending above budget</source>
        <translation>支出超过预算</translation>
    </message>
    <message>
        <source>Spending without a budget</source>
        <translation>无预算支出</translation>
    </message>
    <message>
        <source>Flagged in a past round</source>
        <translation>以往轮次曾被标记</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>lag {lag} points ≥ {limit} (key-monitoring threshold)</source>
        <translation>滞后 {lag} 个百分点 ≥ {limit}（重点监控标准）</translation>
    </message>
    <message>
        <source>spent {spent} 万元 &gt; budget {budget} 万元</source>
        <translation>支出 {spent} 万元 &gt; 预算 {budget} 万元</translation>
    </message>
    <message>
        <source>spent {spent} 万元 with no budget</source>
        <translation>支出 {spent} 万元但无预算</translation>
    </message>
    <message>
        <source>Correct the deviation</source>
        <translation>纠偏</translation>
    </message>
    <message>
        <source>Adjust budget or targets</source>
        <translation>调整预算或目标</translation>
    </message>
    <message>
        <source>Withdraw funds</source>
        <translation>收回资金</translation>
    </message>
    <message>
        <source>Picked by hand</source>
        <translation>人工选定</translation>
    </message>
    <message>
        <source>No monitoring round found{detail}.</source>
        <translation>未找到运行监控轮次{detail}。</translation>
    </message>
    <message>
        <source>Reading {file}</source>
        <translation>正在读取 {file}</translation>
    </message>
    <message>
        <source>Laying out {n} monitoring tables</source>
        <translation>正在排版 {n} 张执行监控表</translation>
    </message>
    <message>
        <source>Saving {file}</source>
        <translation>正在保存 {file}</translation>
    </message>
    <message>
        <source>Matching projects</source>
        <translation>正在匹配项目</translation>
    </message>
    <message>
        <source>Writing the snapshot</source>
        <translation>正在写入执行快照</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>None of the {n} rows matches a project of {year} by its code: this is not the year&apos;s execution export (or the year is wrong). No monitoring round was created.</source>
        <translation>{n} 行中没有一行的项目编码与 {year} 年度的项目相符：这不是该年度的预算执行数据（或年度选错了）。未创建监控批次。</translation>
    </message>
    <message>
        <source>There is no budget year {year} in this database.</source>
        <translation>数据库中没有 {year} 预算年度。</translation>
    </message>
    <message>
        <source>{what} cannot be negative.</source>
        <translation>{what}不能为负数。</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>预算数</translation>
    </message>
    <message>
        <source>Amount spent</source>
        <translation>执行数</translation>
    </message>
    <message>
        <source>No such project.</source>
        <translation>没有该项目。</translation>
    </message>
    <message>
        <source>Deviation reason</source>
        <translation>偏差原因</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>完成可能性</translation>
    </message>
    <message>
        <source>unknown deviation reason {value}</source>
        <translation>未知的偏差原因 {value}</translation>
    </message>
    <message>
        <source>unknown likelihood {value}</source>
        <translation>未知的完成可能性 {value}</translation>
    </message>
    <message>
        <source>a deviation reason is required unless the target is certain to be met</source>
        <translation>除确定能完成目标外，必须填写偏差原因</translation>
    </message>
    <message>
        <source>an explanation and measure are required unless the target is certain to be met</source>
        <translation>除确定能完成目标外，必须填写说明和纠偏措施</translation>
    </message>
    <message>
        <source>Give the reason for picking the project.</source>
        <translation>请填写选定该项目的理由。</translation>
    </message>
    <message>
        <source>The project is already under key monitoring in this round.</source>
        <translation>该项目本轮已纳入重点监控。</translation>
    </message>
    <message>
        <source>No such key-monitoring item.</source>
        <translation>没有该重点监控事项。</translation>
    </message>
    <message>
        <source>unknown measure {value}</source>
        <translation>未知的措施 {value}</translation>
    </message>
    <message>
        <source>unknown status {value}</source>
        <translation>未知的状态 {value}</translation>
    </message>
    <message>
        <source>Withdrawing funds needs the amount withdrawn.</source>
        <translation>收回资金须填写收回金额。</translation>
    </message>
    <message>
        <source>Reading the round</source>
        <translation>正在读取本轮监控数据</translation>
    </message>
</context>
<context>
    <name>MonitoringDashboard</name>
    <message>
        <source>Time progress</source>
        <translation>时间进度</translation>
    </message>
    <message>
        <source>Execution progress</source>
        <translation>执行进度</translation>
    </message>
    <message>
        <source>Red warnings</source>
        <translation>红色预警</translation>
    </message>
    <message>
        <source>Yellow warnings</source>
        <translation>黄色预警</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>超预算</translation>
    </message>
    <message>
        <source>Without a budget</source>
        <translation>无预算开支</translation>
    </message>
    <message>
        <source>Key monitoring</source>
        <translation>重点监控</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目数</translation>
    </message>
    <message>
        <source>Budget (10k yuan)</source>
        <translation>预算数（万元）</translation>
    </message>
    <message>
        <source>Spent (10k yuan)</source>
        <translation>执行数（万元）</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>执行进度</translation>
    </message>
    <message>
        <source>Lag (points)</source>
        <translation>落后（百分点）</translation>
    </message>
    <message>
        <source>Red / yellow</source>
        <translation>红 / 黄</translation>
    </message>
    <message>
        <source>Execution progress %</source>
        <translation>执行进度 %</translation>
    </message>
    <message>
        <source>Time progress {value}%</source>
        <translation>时间进度 {value}%</translation>
    </message>
    <message>
        <source>Execution vs time progress: the {n} most lagging units</source>
        <translation>执行进度与时间进度：执行最慢的{n}个单位</translation>
    </message>
</context>
<context>
    <name>MonitoringImport</name>
    <message>
        <source>the workbook holds no monitoring table</source>
        <translation>工作簿中没有执行监控表</translation>
    </message>
    <message>
        <source>no indicator header (三级指标 / 完成目标可能性) found: not a monitoring table</source>
        <translation>未找到指标表头（三级指标 / 完成目标可能性）：不是执行监控表</translation>
    </message>
    <message>
        <source>required columns missing from the header: {columns}</source>
        <translation>表头缺少必需的列：{columns}</translation>
    </message>
    <message>
        <source>the project is not named: neither 项目名称 nor 项目编码 is filled in</source>
        <translation>未填写项目：项目名称和项目编码均为空</translation>
    </message>
    <message>
        <source>no indicator rows under the header</source>
        <translation>表头下没有指标行</translation>
    </message>
    <message>
        <source>sub-columns missing under {head}: {columns}</source>
        <translation>“{head}”下缺少子列：{columns}</translation>
    </message>
    <message>
        <source>“{mark}” is not a tick: mark the box with √ (or leave it blank)</source>
        <translation>“{mark}”不是勾选标记：请填 √（或留空）</translation>
    </message>
    <message>
        <source>more than one likelihood is ticked for “{name}”</source>
        <translation>“{name}”勾选了不止一项完成目标可能性</translation>
    </message>
    <message>
        <source>the project is also on sheet {other}</source>
        <translation>该项目在工作表 {other} 中已出现</translation>
    </message>
    <message>
        <source>the table reports {period} but the round is {round_period} (as of {as_of})</source>
        <translation>表中填报的是{period}，而所选监控轮次为{round_period}（截至 {as_of}）</translation>
    </message>
    <message>
        <source>the table is for {year} but the round is of budget year {round_year}</source>
        <translation>表为 {year} 年度，而所选监控轮次属于 {round_year} 预算年度</translation>
    </message>
    <message>
        <source>unknown project code {code} in budget year {year}</source>
        <translation>{year} 预算年度中没有项目编码 {code}</translation>
    </message>
    <message>
        <source>{n} projects are named “{name}”: give the 项目编码</source>
        <translation>有 {n} 个项目名为“{name}”：请填写项目编码</translation>
    </message>
    <message>
        <source>unknown project “{name}” in budget year {year}</source>
        <translation>{year} 预算年度中没有项目“{name}”</translation>
    </message>
</context>
<context>
    <name>MonitoringModels</name>
    <message>
        <source>Warning</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Budget (10k yuan)</source>
        <translation>预算数（万元）</translation>
    </message>
    <message>
        <source>Spent (10k yuan)</source>
        <translation>执行数（万元）</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>执行进度</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间进度</translation>
    </message>
    <message>
        <source>Lag (points)</source>
        <translation>落后（百分点）</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Key monitoring</source>
        <translation>重点监控</translation>
    </message>
    <message>
        <source>over budget</source>
        <translation>超预算</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>无预算</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>全部项目</translation>
    </message>
    <message>
        <source>Red and yellow</source>
        <translation>红色和黄色预警</translation>
    </message>
    <message>
        <source>Red only</source>
        <translation>仅红色预警</translation>
    </message>
    <message>
        <source>Yellow only</source>
        <translation>仅黄色预警</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>超预算</translation>
    </message>
    <message>
        <source>Without a budget</source>
        <translation>无预算开支</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未处理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>Selected by</source>
        <translation>选取依据</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>处理措施</translation>
    </message>
    <message>
        <source>Withdrawn (10k yuan)</source>
        <translation>收回金额（万元）</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟踪落实情况</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>二级指标</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>三级指标</translation>
    </message>
    <message>
        <source>Annual target</source>
        <translation>年度指标值</translation>
    </message>
    <message>
        <source>Progress to date</source>
        <translation>截至目前执行情况</translation>
    </message>
    <message>
        <source>Expected full year</source>
        <translation>全年预计完成情况</translation>
    </message>
    <message>
        <source>Deviation reason</source>
        <translation>偏差原因</translation>
    </message>
    <message>
        <source>Explanation and measure</source>
        <translation>偏差原因及改进措施</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>完成目标可能性</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>MonitoringPage</name>
    <message>
        <source>Dashboard</source>
        <translation>总览</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>预警清单</translation>
    </message>
    <message>
        <source>Key monitoring</source>
        <translation>重点监控</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>监控批次</translation>
    </message>
    <message>
        <source>Import execution…</source>
        <translation>导入执行数据…</translation>
    </message>
    <message>
        <source>New round by hand…</source>
        <translation>手工新建批次…</translation>
    </message>
    <message>
        <source>Export progress tables…</source>
        <translation>导出监控表…</translation>
    </message>
    <message>
        <source>Import progress tables…</source>
        <translation>导入监控表…</translation>
    </message>
    <message>
        <source>Summary report…</source>
        <translation>监控情况报告…</translation>
    </message>
    <message>
        <source>Reminder letters…</source>
        <translation>提醒函…</translation>
    </message>
    <message>
        <source>Search by code, name or unit</source>
        <translation>按编码、名称或单位搜索</translation>
    </message>
    <message>
        <source>Enter amounts…</source>
        <translation>录入金额…</translation>
    </message>
    <message>
        <source>Save indicator progress</source>
        <translation>保存指标执行情况</translation>
    </message>
    <message>
        <source>Put under key monitoring…</source>
        <translation>纳入重点监控…</translation>
    </message>
    <message>
        <source>Print monitoring table…</source>
        <translation>打印监控表…</translation>
    </message>
    <message>
        <source>Select by rules</source>
        <translation>按规则筛选</translation>
    </message>
    <message>
        <source>Record measure…</source>
        <translation>登记处理措施…</translation>
    </message>
    <message>
        <source>{name} ({rows} rows)</source>
        <translation>{name}（{rows}行）</translation>
    </message>
    <message>
        <source>{n} of {total} projects</source>
        <translation>{n} / {total} 个项目</translation>
    </message>
    <message>
        <source>Select a project to see its indicators.</source>
        <translation>选择一个项目查看其绩效指标。</translation>
    </message>
    <message>
        <source>Budget execution export</source>
        <translation>预算执行数据</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv)</source>
        <translation>电子表格 (*.xlsx *.xlsm *.csv)</translation>
    </message>
    <message>
        <source>Execution as of</source>
        <translation>执行数据截止日期</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <source>{rows} rows imported as a new round.</source>
        <translation>已导入{rows}行，生成新的监控批次。</translation>
    </message>
    <message>
        <source>Read from sheet {sheet} (hidden sheets are not read).</source>
        <translation>读取的工作表：{sheet}（隐藏的工作表不读取）。</translation>
    </message>
    <message>
        <source>{n} rows match no project of the year and were left out.</source>
        <translation>{n}行未匹配到本年度项目，未导入。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Export monitoring tables</source>
        <translation>导出执行监控表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>{n} monitoring tables written to {path}.</source>
        <translation>已将 {n} 张执行监控表写入 {path}。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>Filled-in monitoring tables</source>
        <translation>填好的执行监控表</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx *.xlsm)</source>
        <translation>Excel 工作簿 (*.xlsx *.xlsm)</translation>
    </message>
    <message>
        <source>{saved} indicator lines of {projects} projects stored.</source>
        <translation>已存入 {projects} 个项目的 {saved} 条指标执行情况。</translation>
    </message>
    <message>
        <source>Not stored: sheet {sheet} row {row}: “{name}” matches no current indicator.</source>
        <translation>未导入：工作表 {sheet} 第 {row} 行：“{name}”与现行指标均不匹配。</translation>
    </message>
    <message>
        <source>New round as of</source>
        <translation>新批次截止日期</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Budget and amount spent in 10k yuan, separated by a space</source>
        <translation>预算数和执行数（万元），以空格分隔</translation>
    </message>
    <message>
        <source>Type two amounts, e.g. 120.5 36</source>
        <translation>请输入两个金额，例如 120.5 36</translation>
    </message>
    <message>
        <source>Reason for picking the project</source>
        <translation>选取该项目的理由</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>已生成：{path}</translation>
    </message>
    <message>
        <source>Monitoring table</source>
        <translation>监控表</translation>
    </message>
    <message>
        <source>Summary report</source>
        <translation>监控情况报告</translation>
    </message>
    <message>
        <source>Reminder letters</source>
        <translation>提醒函</translation>
    </message>
</context>
<context>
    <name>NewDatabaseWizard</name>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
</context>
<context>
    <name>NewItemDialog</name>
    <message>
        <source>New rectification item</source>
        <translation>新增整改事项</translation>
    </message>
    <message>
        <source>Unit responsible</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改时限</translation>
    </message>
</context>
<context>
    <name>NewYearDialog</name>
    <message>
        <source>New budget year</source>
        <translation>新建预算年度</translation>
    </message>
    <message>
        <source>{year} (carry its continuing projects and approved targets)</source>
        <translation>{year}（结转其延续项目和已审核的目标）</translation>
    </message>
    <message>
        <source>None: an empty year</source>
        <translation>无：空白年度</translation>
    </message>
    <message>
        <source>Budget year</source>
        <translation>预算年度</translation>
    </message>
    <message>
        <source>Continues from</source>
        <translation>承接年度</translation>
    </message>
    <message>
        <source>Continuing and multi-year projects are carried and linked to last year&apos;s; their approved targets become drafts to revise. Budgets start at zero until the new year&apos;s export is imported. Nothing of the earlier year changes.</source>
        <translation>延续项目和跨年度项目结转到新年度，并与上年项目关联；其已审核的绩效目标复制为草稿，供修改。新年度预算数在导入当年项目表前为零。上一年度的数据不作任何改动。</translation>
    </message>
</context>
<context>
    <name>NumberRows</name>
    <message>
        <source>Add row</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除一行</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Opening the database…</source>
        <translation>正在打开数据库…</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>没有打开的数据库。</translation>
    </message>
    <message>
        <source>PerfDesk</source>
        <translation>绩效通</translation>
    </message>
    <message>
        <source>Not signed in. Open the database again to sign in.</source>
        <translation>未登录。请重新打开数据库并登录。</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>PerfDesk databases (*.db);;All files (*)</source>
        <translation>绩效通数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open server database</source>
        <translation>打开服务器数据库</translation>
    </message>
    <message>
        <source>Address of the PostgreSQL database (ask the administrator), e.g.
postgresql://username@server-name/perfdesk</source>
        <translation>PostgreSQL 数据库地址（请向管理员询问），例如：
postgresql://用户名@服务器名/perfdesk</translation>
    </message>
    <message>
        <source>A server database&apos;s address starts with postgresql://</source>
        <translation>服务器数据库的地址以 postgresql:// 开头</translation>
    </message>
</context>
<context>
    <name>Package</name>
    <message>
        <source>The evidence file {path} is missing or no longer the file that was attached (its content changed); no package was written.</source>
        <translation>佐证材料 {path} 不存在，或已不是当初上传的文件（内容已改变）；未生成数据包。</translation>
    </message>
    <message>
        <source>The package is damaged or incomplete (cut short while copying?): {detail}. Ask the sender for the file again.</source>
        <translation>数据包已损坏或不完整（可能复制时中断）：{detail}。请向发送方重新索取。</translation>
    </message>
    <message>
        <source>The package&apos;s manifest is incomplete: the file was edited or damaged.</source>
        <translation>数据包清单不完整：文件被改动或已损坏。</translation>
    </message>
    <message>
        <source>No such file.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>Not a PerfDesk data package (it has no manifest).</source>
        <translation>不是绩效通数据包（缺少清单）。</translation>
    </message>
    <message>
        <source>The package&apos;s manifest is too large to be genuine.</source>
        <translation>数据包清单过大，不是正常的数据包。</translation>
    </message>
    <message>
        <source>The package&apos;s manifest cannot be read: the file was edited or damaged.</source>
        <translation>无法读取数据包清单：文件被改动或已损坏。</translation>
    </message>
    <message>
        <source>The package&apos;s manifest was changed after the package was written (its seal does not match); it is not imported.</source>
        <translation>数据包生成后清单被改动过（校验封记不符），不予导入。</translation>
    </message>
    <message>
        <source>The package was written by a newer version of PerfDesk ({version}); install that version to read it.</source>
        <translation>数据包由更新版本的绩效通（{version}）生成，请安装该版本后再读取。</translation>
    </message>
    <message>
        <source>The package comes from a newer database schema ({schema}, PerfDesk {version}) than this one; install that version of PerfDesk to import it.</source>
        <translation>数据包来自更新的数据库结构（{schema}，绩效通 {version}），请安装该版本的绩效通后再导入。</translation>
    </message>
    <message>
        <source>The package does not hold the parts its manifest lists (unexpected: {extra}; missing: {missing}); it is not imported.</source>
        <translation>数据包的内容与清单不符（多出：{extra}；缺少：{missing}），不予导入。</translation>
    </message>
    <message>
        <source>The package would unpack to {size} MB ({part}): it is damaged or built to exhaust memory, and was not read.</source>
        <translation>数据包解压后将达 {size} MB（{part}）：文件已损坏或是故意耗尽内存的文件，未读取。</translation>
    </message>
    <message>
        <source>Part {part} of the package is not the size its manifest records; the file was edited or damaged.</source>
        <translation>数据包中 {part} 的大小与清单记录不符：文件被改动或已损坏。</translation>
    </message>
    <message>
        <source>Part {part} of the package does not match its checksum; the file was edited or damaged.</source>
        <translation>数据包中 {part} 的校验值不符：文件被改动或已损坏。</translation>
    </message>
    <message>
        <source>There is no unit {code} in this database.</source>
        <translation>本数据库中没有单位 {code}。</translation>
    </message>
    <message>
        <source>There is no budget year {year} in this database.</source>
        <translation>本数据库中没有 {year} 预算年度。</translation>
    </message>
    <message>
        <source>Packages are written from a database file only.</source>
        <translation>只能从数据库文件生成数据包。</translation>
    </message>
    <message>
        <source>Reading the records</source>
        <translation>正在读取记录</translation>
    </message>
    <message>
        <source>Writing the package</source>
        <translation>正在生成数据包</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>The package is from unit {code} {name}, which is not in this database; it is not imported.</source>
        <translation>数据包来自单位 {code} {name}，本数据库中没有该单位，不予导入。</translation>
    </message>
    <message>
        <source>This package was sent down to {code} {name}; it is imported on that unit&apos;s own PC, not into the county&apos;s database.</source>
        <translation>这是下发给 {code} {name} 的数据包，应在该单位自己的电脑上导入，不能导入县级数据库。</translation>
    </message>
    <message>
        <source>The package is for unit {code} {name}, outside this database&apos;s own unit {home}; it is not imported.</source>
        <translation>数据包属于单位 {code} {name}，不在本数据库所属单位 {home} 范围内，不予导入。</translation>
    </message>
    <message>
        <source>The package&apos;s unit tree does not hang from {code}; the file was edited or damaged.</source>
        <translation>数据包中的单位树不是以 {code} 为根：文件被改动或已损坏。</translation>
    </message>
    <message>
        <source>The package names projects that are not in this database for {year}: {codes}; import the budget system&apos;s projects first.</source>
        <translation>数据包中的以下项目在本数据库 {year} 年度中不存在：{codes}；请先导入预算系统的项目。</translation>
    </message>
    <message>
        <source>The package holds records of units outside {code} {name} and its units ({outside}); a unit&apos;s package may only hold its own subtree, so it is not imported.</source>
        <translation>数据包含有 {code} {name} 及其下属单位以外单位的记录（{outside}）；单位数据包只能包含本单位及下属单位的数据，不予导入。</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation>等另外 {n} 个</translation>
    </message>
    <message>
        <source>Targets of project {project}, version {version}</source>
        <translation>项目 {project} 的绩效目标（第 {version} 版）</translation>
    </message>
    <message>
        <source>Monitoring of project {project} as of {date}</source>
        <translation>项目 {project} 截至 {date} 的监控情况</translation>
    </message>
    <message>
        <source>Self-evaluation of project {project}</source>
        <translation>项目 {project} 的绩效自评</translation>
    </message>
    <message>
        <source>Ledger item of {unit}: {problem}</source>
        <translation>{unit} 的整改事项：{problem}</translation>
    </message>
    <message>
        <source>annual goal</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <source>medium-term goal</source>
        <translation>中期目标</translation>
    </message>
    <message>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>指标名称</translation>
    </message>
    <message>
        <source>target value</source>
        <translation>指标值</translation>
    </message>
    <message>
        <source>points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>review history</source>
        <translation>审核记录</translation>
    </message>
    <message>
        <source>progress</source>
        <translation>执行情况</translation>
    </message>
    <message>
        <source>expected by year end</source>
        <translation>全年预计完成情况</translation>
    </message>
    <message>
        <source>reason for the deviation</source>
        <translation>偏差原因</translation>
    </message>
    <message>
        <source>progress of the overall goal</source>
        <translation>总体目标完成情况</translation>
    </message>
    <message>
        <source>actual completion</source>
        <translation>实际完成情况</translation>
    </message>
    <message>
        <source>actual value</source>
        <translation>实际完成值</translation>
    </message>
    <message>
        <source>total score</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>scored lines</source>
        <translation>评分明细</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>closing account</source>
        <translation>销号说明</translation>
    </message>
    <message>
        <source>evidence files</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>indicator progress</source>
        <translation>指标执行情况</translation>
    </message>
    <message>
        <source> › </source>
        <translation> › </translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} 行</translation>
    </message>
    <message>
        <source>Checking the package</source>
        <translation>正在校验数据包</translation>
    </message>
    <message>
        <source>Merging the records</source>
        <translation>正在合并记录</translation>
    </message>
    <message>
        <source>Only a package sent down by the county can set up a new database; this one was sent up by {code} {name}.</source>
        <translation>只有县级下发的数据包才能用于新建数据库；这个数据包是 {code} {name} 上报的。</translation>
    </message>
    <message>
        <source>The package&apos;s answers name an indicator of project {project} that its targets do not hold ({name}); the file was edited or damaged.</source>
        <translation>数据包中项目 {project} 的填报内容引用了其绩效目标中没有的指标（{name}）：文件被改动或已损坏。</translation>
    </message>
    <message>
        <source>An evidence file of the package is missing; the file was edited or damaged.</source>
        <translation>数据包中缺少佐证材料：文件被改动或已损坏。</translation>
    </message>
    <message>
        <source>The package&apos;s data cannot be read ({detail}); the file was edited or damaged.</source>
        <translation>无法读取数据包中的数据（{detail}）：文件被改动或已损坏。</translation>
    </message>
    <message>
        <source>The package&apos;s data is for another unit or year than its manifest says; it is not imported.</source>
        <translation>数据包中的数据所属单位或年度与清单不符，不予导入。</translation>
    </message>
</context>
<context>
    <name>PackagesDialog</name>
    <message>
        <source>Data packages</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>History</source>
        <translation>收发记录</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>绩效目标</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>执行监控</translation>
    </message>
    <message>
        <source>Self-evaluations</source>
        <translation>绩效自评</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>Choose a package…</source>
        <translation>选择数据包…</translation>
    </message>
    <message>
        <source>Choose a package (.pdpkg) received from a unit or from the county. It is checked before anything is written.</source>
        <translation>请选择从单位或县级收到的数据包（.pdpkg）。写入前会先校验。</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Kept (changed here only)</source>
        <translation>保留本库（仅本库有改动）</translation>
    </message>
    <message>
        <source>Changed on both sides</source>
        <translation>双方都有改动</translation>
    </message>
    <message>
        <source>This database</source>
        <translation>本库</translation>
    </message>
    <message>
        <source>The package</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Choose a data package</source>
        <translation>选择数据包</translation>
    </message>
    <message>
        <source>Data packages (*{suffix})</source>
        <translation>数据包 (*{suffix})</translation>
    </message>
    <message>
        <source>Checking the package</source>
        <translation>正在校验数据包</translation>
    </message>
    <message>
        <source>Refused, nothing was written: {reason}</source>
        <translation>已拒绝，未写入任何内容：{reason}</translation>
    </message>
    <message>
        <source>county package</source>
        <translation>县级下发数据包</translation>
    </message>
    <message>
        <source>unit&apos;s package</source>
        <translation>单位报送数据包</translation>
    </message>
    <message>
        <source>Sound {kind} of {unit} {name} for {year}, from {sender}, written {at}.</source>
        <translation>校验通过：{unit} {name} {year}年{kind}，发送方 {sender}，生成于 {at}。</translation>
    </message>
    <message>
        <source>Approved here, kept as they are: {records}</source>
        <translation>本库已审核，保持不变：{records}</translation>
    </message>
    <message>
        <source>Undecided (keep this database&apos;s for now)</source>
        <translation>未决定（暂保留本库的）</translation>
    </message>
    <message>
        <source>Keep this database&apos;s</source>
        <translation>保留本库的</translation>
    </message>
    <message>
        <source>Take the package&apos;s</source>
        <translation>采用数据包的</translation>
    </message>
    <message>
        <source>Importing the package</source>
        <translation>正在导入数据包</translation>
    </message>
    <message>
        <source>This package was already imported on {at}; nothing changed.</source>
        <translation>该数据包已于 {at} 导入过，本次未做任何修改。</translation>
    </message>
    <message>
        <source>Imported: {n} records changed.</source>
        <translation>已导入：{n} 条记录有变化。</translation>
    </message>
    <message>
        <source>{n} records changed on both sides are still undecided; this database&apos;s are kept until you decide them and import the package again.</source>
        <translation>还有 {n} 条双方都有改动的记录未决定；在您决定并再次导入该数据包之前，保留本库的记录。</translation>
    </message>
    <message>
        <source>A county package for this unit (reviews with comments, projects, indicator library, settings)</source>
        <translation>县级下发给该单位的数据包（审核结果及意见、项目、指标库、设置）</translation>
    </message>
    <message>
        <source>Write the package…</source>
        <translation>生成数据包…</translation>
    </message>
    <message>
        <source>New database from a county package…</source>
        <translation>用县级数据包新建数据库…</translation>
    </message>
    <message>
        <source>Unit (with its units)</source>
        <translation>单位（含下属单位）</translation>
    </message>
    <message>
        <source>Budget year</source>
        <translation>预算年度</translation>
    </message>
    <message>
        <source>Write the data package</source>
        <translation>生成数据包</translation>
    </message>
    <message>
        <source>Written {file}: {counts}, {files} evidence files. Carry it to the other PC and import it there.</source>
        <translation>已生成 {file}：{counts}，佐证材料 {files} 个。请带到对方电脑上导入。</translation>
    </message>
    <message>
        <source>Writing the package</source>
        <translation>正在生成数据包</translation>
    </message>
    <message>
        <source>Choose the county&apos;s package</source>
        <translation>选择县级下发的数据包</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>PerfDesk databases (*.db)</source>
        <translation>绩效通数据库 (*.db)</translation>
    </message>
    <message>
        <source>New database {path} set up for {unit} {name}.</source>
        <translation>已为 {unit} {name} 新建数据库 {path}。</translation>
    </message>
    <message>
        <source>Open the new database</source>
        <translation>打开新数据库</translation>
    </message>
    <message>
        <source>Open the new database now?</source>
        <translation>现在打开新数据库吗？</translation>
    </message>
    <message>
        <source>Setting up the new database</source>
        <translation>正在新建数据库</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Sent or received</source>
        <translation>发送/接收</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>(county package)</source>
        <translation>（县级下发）</translation>
    </message>
    <message>
        <source>(unit&apos;s package)</source>
        <translation>（单位报送）</translation>
    </message>
</context>
<context>
    <name>ParamEditor</name>
    <message>
        <source>points</source>
        <translation>个百分点</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
</context>
<context>
    <name>Params</name>
    <message>
        <source>MOF 2020 measures (财预〔2020〕10号)</source>
        <translation>《项目支出绩效评价管理办法》（财预〔2020〕10号）</translation>
    </message>
    <message>
        <source>Monitoring measures (财预〔2019〕136号)</source>
        <translation>《中央部门预算绩效运行监控管理暂行办法》（财预〔2019〕136号）</translation>
    </message>
    <message>
        <source>PerfDesk default, not a published rule</source>
        <translation>绩效通默认值，非公开发布的规定</translation>
    </message>
    <message>
        <source>冠县 last-place elimination (seed 000)</source>
        <translation>冠县末位淘汰做法</translation>
    </message>
    <message>
        <source>菏泽 practice (seed 002)</source>
        <translation>菏泽做法</translation>
    </message>
    <message>
        <source>Published in one province for 2025 (a preset, not a national rule)</source>
        <translation>某省2025年公布的做法（预设方案，非全国统一规定）</translation>
    </message>
    <message>
        <source>General</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>County (issuing authority) name</source>
        <translation>县（发文机关）名称</translation>
    </message>
    <message>
        <source>Fiscal division code (财政区划 MOF_DIV_CODE)</source>
        <translation>财政区划编码（MOF_DIV_CODE）</translation>
    </message>
    <message>
        <source>RULES §1: codes are opaque; a county may configure a pattern</source>
        <translation>编码来自预算管理一体化系统，可按本县规则设置格式</translation>
    </message>
    <message>
        <source>Form of unit codes</source>
        <translation>单位编码格式</translation>
    </message>
    <message>
        <source>Decimals for amounts in 万元</source>
        <translation>万元金额保留小数位数</translation>
    </message>
    <message>
        <source>Official tables</source>
        <translation>官方表样</translation>
    </message>
    <message>
        <source>Issuing authority of letters and notices (发文机关)</source>
        <translation>函件、通知的发文机关</translation>
    </message>
    <message>
        <source>Empty: the county&apos;s finance bureau (XX县财政局)</source>
        <translation>留空：本县财政局（XX县财政局）</translation>
    </message>
    <message>
        <source>Document number prefix (文号, e.g. 冠财绩)</source>
        <translation>文号前缀（如：冠财绩）</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警示</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Performance targets</source>
        <translation>绩效目标</translation>
    </message>
    <message>
        <source>Require the cost first level (成本指标)</source>
        <translation>要求设置成本指标（一级）</translation>
    </message>
    <message>
        <source>齐河 target guideline (seed 002)</source>
        <translation>齐河县绩效目标编制指引</translation>
    </message>
    <message>
        <source>Indicator weights must sum to</source>
        <translation>指标分值合计应为</translation>
    </message>
    <message>
        <source>Indicator weights leave room for the budget execution points</source>
        <translation>指标分值为预算执行率分值留出空间</translation>
    </message>
    <message>
        <source>On: indicators carry 100 minus the execution points (90 by default)</source>
        <translation>开启时：指标分值合计为 100 减去预算执行率分值（默认 90）</translation>
    </message>
    <message>
        <source>Warn when a target is below last year&apos;s actual by more than (%)</source>
        <translation>指标值低于上年实际完成值超过（%）时提示</translation>
    </message>
    <message>
        <source>齐河: values set strictly and high (seed 002)</source>
        <translation>齐河：指标值从严从高设定</translation>
    </message>
    <message>
        <source>Quality checks: severity or off, per check</source>
        <translation>审核规则：各项规则的严重程度或关闭</translation>
    </message>
    <message>
        <source>Each check shows as an error, a warning or a note, or is off</source>
        <translation>每项检查可设为错误、警示、提示或关闭</translation>
    </message>
    <message>
        <source>Largest target workbook accepted for import (MB)</source>
        <translation>可导入的绩效目标工作簿最大大小（MB）</translation>
    </message>
    <message>
        <source>In-year monitoring</source>
        <translation>运行监控</translation>
    </message>
    <message>
        <source>Time progress basis</source>
        <translation>时间进度计算方法</translation>
    </message>
    <message>
        <source>RULES §3: exact calendar-day share by default; months ÷ 12 in much practice</source>
        <translation>默认按实际天数计算；许多地方按已过月数÷12计算</translation>
    </message>
    <message>
        <source>Calendar days elapsed / days in year</source>
        <translation>已过天数 ÷ 全年天数</translation>
    </message>
    <message>
        <source>Months elapsed / 12</source>
        <translation>已过月数 ÷ 12</translation>
    </message>
    <message>
        <source>Red warning when execution lags time progress by at least (points)</source>
        <translation>执行进度落后时间进度达到（个百分点）时红色预警</translation>
    </message>
    <message>
        <source>A colour only: the key-monitoring list follows its own threshold (菏泽: 40 points)</source>
        <translation>仅为颜色提示：重点监控名单按其自身阈值确定（菏泽：40个百分点）</translation>
    </message>
    <message>
        <source>Yellow warning when execution lags time progress by at least (points)</source>
        <translation>执行进度落后时间进度达到（个百分点）时黄色预警</translation>
    </message>
    <message>
        <source>Key monitoring when the lag is at least (points)</source>
        <translation>落后达到（个百分点）时纳入重点监控</translation>
    </message>
    <message>
        <source>Wording of the &apos;impossible&apos; likelihood</source>
        <translation>“不能完成”的表述</translation>
    </message>
    <message>
        <source>Require a reason and measure unless the target is certain to be met</source>
        <translation>除“确定能”外，须填写原因及改进措施</translation>
    </message>
    <message>
        <source>Warnings by</source>
        <translation>预警方式</translation>
    </message>
    <message>
        <source>Lag behind time progress (red and yellow points above)</source>
        <translation>执行进度落后时间进度（按上面的红、黄预警点数）</translation>
    </message>
    <message>
        <source>Execution schedule by date (red below the share due)</source>
        <translation>按时点执行进度（低于应达进度为红色预警）</translation>
    </message>
    <message>
        <source>Execution schedule: at the end of month → execution at least (%)</source>
        <translation>时点执行进度：月末 → 执行进度应达到（%）</translation>
    </message>
    <message>
        <source>Month end</source>
        <translation>月末（月份）</translation>
    </message>
    <message>
        <source>Execution at least (%)</source>
        <translation>执行进度应达到（%）</translation>
    </message>
    <message>
        <source>Self-evaluation scoring</source>
        <translation>绩效自评评分</translation>
    </message>
    <message>
        <source>Points for budget execution</source>
        <translation>预算执行率分值</translation>
    </message>
    <message>
        <source>Points for output indicators</source>
        <translation>产出指标分值</translation>
    </message>
    <message>
        <source>Points for effect indicators</source>
        <translation>效益指标分值</translation>
    </message>
    <message>
        <source>Points for satisfaction indicators</source>
        <translation>满意度指标分值</translation>
    </message>
    <message>
        <source>Cost indicators take their points from</source>
        <translation>成本指标分值来源</translation>
    </message>
    <message>
        <source>Output (产出) points</source>
        <translation>产出指标分值</translation>
    </message>
    <message>
        <source>Effect (效益) points</source>
        <translation>效益指标分值</translation>
    </message>
    <message>
        <source>Their own first-level points</source>
        <translation>单独设置一级指标分值</translation>
    </message>
    <message>
        <source>Execution rate denominator</source>
        <translation>预算执行率分母</translation>
    </message>
    <message>
        <source>Full-year budget (全年预算数)</source>
        <translation>全年预算数</translation>
    </message>
    <message>
        <source>Initial budget (年初预算数)</source>
        <translation>年初预算数</translation>
    </message>
    <message>
        <source>Adjusted budget (调整后预算数)</source>
        <translation>调整后预算数</translation>
    </message>
    <message>
        <source>Require an explanation when the execution rate is below (%)</source>
        <translation>预算执行率低于（%）时须说明原因</translation>
    </message>
    <message>
        <source>Sichuan practice</source>
        <translation>四川做法</translation>
    </message>
    <message>
        <source>Flag an actual above target by at least (%)</source>
        <translation>实际完成值超过指标值（%）时提示</translation>
    </message>
    <message>
        <source>Deduct points for an over-run</source>
        <translation>超额完成时扣分</translation>
    </message>
    <message>
        <source>Points deducted for an over-run</source>
        <translation>超额完成扣减分值</translation>
    </message>
    <message>
        <source>One province&apos;s rule</source>
        <translation>个别省份规定</translation>
    </message>
    <message>
        <source>Qualitative band edge: achieved (% of points, lower bound)</source>
        <translation>定性指标档次：达成年度指标（分值%下限）</translation>
    </message>
    <message>
        <source>Qualitative band edge: partly achieved (% of points, lower bound)</source>
        <translation>定性指标档次：部分达成（分值%下限）</translation>
    </message>
    <message>
        <source>80/50 is also published</source>
        <translation>也有地方采用80/50</translation>
    </message>
    <message>
        <source>Cost, incidence and time-limit lines typed without a comparison sign</source>
        <translation>未标注比较符号的成本、发生率和时限类指标</translation>
    </message>
    <message>
        <source>RULES §4: lower-is-better when no sign is printed</source>
        <translation>未标注比较符号时，成本、发生率和时限类指标为反向指标</translation>
    </message>
    <message>
        <source>Read them as lower-is-better (≤) and say so</source>
        <translation>视为反向指标（≤）并在说明中注明</translation>
    </message>
    <message>
        <source>Leave the direction to a person (flagged; the lower of the two readings is scored)</source>
        <translation>方向留待人工判断（标记提示；按两种方向中较低的得分计）</translation>
    </message>
    <message>
        <source>Rescale to 100 when indicators are not applicable</source>
        <translation>剔除不适用指标后按百分制折算</translation>
    </message>
    <message>
        <source>Cap the total by execution rate</source>
        <translation>按预算执行率限定总分上限</translation>
    </message>
    <message>
        <source>Caps: execution rate below (%) → total at most</source>
        <translation>上限：执行率低于（%）→ 总分不超过</translation>
    </message>
    <message>
        <source>Execution rate below (%)</source>
        <translation>执行率低于（%）</translation>
    </message>
    <message>
        <source>Total at most</source>
        <translation>总分最高为</translation>
    </message>
    <message>
        <source>Grade 优 from</source>
        <translation>“优”的最低分</translation>
    </message>
    <message>
        <source>Grade 良 from</source>
        <translation>“良”的最低分</translation>
    </message>
    <message>
        <source>Grade 中 from</source>
        <translation>“中”的最低分</translation>
    </message>
    <message>
        <source>Rounding of each line</source>
        <translation>各项得分的取舍方式</translation>
    </message>
    <message>
        <source>Two decimals, half up</source>
        <translation>保留两位小数，四舍五入</translation>
    </message>
    <message>
        <source>Whole numbers, half up</source>
        <translation>取整数，四舍五入</translation>
    </message>
    <message>
        <source>As entered</source>
        <translation>按录入值</translation>
    </message>
    <message>
        <source>Scores of imported tables</source>
        <translation>导入自评表的得分</translation>
    </message>
    <message>
        <source>RULES §4: a kept printed score is an override with a reason</source>
        <translation>规则 §4：保留表中得分即为附理由的人工调整</translation>
    </message>
    <message>
        <source>Keep each printed line score (an override with a reason); the total is their sum</source>
        <translation>保留表中各项得分（作为附理由的人工调整），总分为其合计</translation>
    </message>
    <message>
        <source>Use the computed scores; printed scores are shown beside them</source>
        <translation>采用计算得分，表中得分并列显示</translation>
    </message>
    <message>
        <source>Spot-check review</source>
        <translation>抽查复核</translation>
    </message>
    <message>
        <source>Sample share per unit (%)</source>
        <translation>每个单位抽查比例（%）</translation>
    </message>
    <message>
        <source>冠县, 菏泽 (seeds 000, 002)</source>
        <translation>冠县、菏泽做法</translation>
    </message>
    <message>
        <source>At least this many per unit</source>
        <translation>每个单位至少抽查</translation>
    </message>
    <message>
        <source>Always include 优 projects with execution below (%)</source>
        <translation>自评为“优”但执行率低于（%）的项目全部抽查</translation>
    </message>
    <message>
        <source>Review practice (RULES §5)</source>
        <translation>复核通行做法</translation>
    </message>
    <message>
        <source>Over-completion above (%) of the target loses no points in review</source>
        <translation>复核时完成值超过指标值（%）以上不扣分</translation>
    </message>
    <message>
        <source>Key evaluation</source>
        <translation>重点评价</translation>
    </message>
    <message>
        <source>Output plus effect must carry at least (% of points)</source>
        <translation>产出和效益指标合计分值不低于（%）</translation>
    </message>
    <message>
        <source>Questionnaire answers counted as satisfied</source>
        <translation>问卷中计为“满意”的答案</translation>
    </message>
    <message>
        <source>满意 and 非常满意</source>
        <translation>满意和非常满意</translation>
    </message>
    <message>
        <source>基本满意, 满意 and 非常满意</source>
        <translation>基本满意、满意和非常满意</translation>
    </message>
    <message>
        <source>Overall satisfaction rate of a questionnaire</source>
        <translation>问卷总体满意度的计算方法</translation>
    </message>
    <message>
        <source>Mean of the questions&apos; rates</source>
        <translation>各题满意度的平均值</translation>
    </message>
    <message>
        <source>Satisfied answers / all answers</source>
        <translation>满意答案数 ÷ 全部有效答案数</translation>
    </message>
    <message>
        <source>Satisfaction rate that earns full points in a new evaluation (%)</source>
        <translation>新建评价中满意度得满分的目标值（%）</translation>
    </message>
    <message>
        <source>Below it the line earns points × rate / this rate; each evaluation line may set its own</source>
        <translation>低于目标值时得分 = 分值 × 满意度 ÷ 目标值；每项评价可单独设置</translation>
    </message>
    <message>
        <source>Ranking and last-place elimination</source>
        <translation>排名与末位淘汰</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Last-place elimination (冠县)</source>
        <translation>末位淘汰（冠县）</translation>
    </message>
    <message>
        <source>By grade (达州)</source>
        <translation>按等级（达州）</translation>
    </message>
    <message>
        <source>Ranking categories</source>
        <translation>排名类别</translation>
    </message>
    <message>
        <source>Fund origins excluded from elimination</source>
        <translation>不纳入末位淘汰的资金来源</translation>
    </message>
    <message>
        <source>Bottom share whose budget is cut (%)</source>
        <translation>压减预算的末位比例（%）</translation>
    </message>
    <message>
        <source>Rounding of the bottom count</source>
        <translation>末位项目数的取整方式</translation>
    </message>
    <message>
        <source>Round up</source>
        <translation>向上取整</translation>
    </message>
    <message>
        <source>Round half up</source>
        <translation>四舍五入</translation>
    </message>
    <message>
        <source>Round down</source>
        <translation>向下取整</translation>
    </message>
    <message>
        <source>Minimum cut of this year&apos;s budget (%)</source>
        <translation>按本年预算的最低压减比例（%）</translation>
    </message>
    <message>
        <source>Cancel the last project of each category</source>
        <translation>每类最后一名原则上取消</translation>
    </message>
    <message>
        <source>Smallest list whose last place is cancelled automatically</source>
        <translation>排名组项目数达到多少个时自动取消最后一位</translation>
    </message>
    <message>
        <source>PerfDesk default 5, not a published rule: below 5 projects the bottom 20% is less than one whole project, so a list that small cannot tell a weak project from the last of a few good ones; its last place is reported for finance to decide</source>
        <translation>绩效通默认值 5，非公开规定：不足 5 个项目时，后 20% 不足 1 个项目，排名组过小，无法区分绩效差的项目与几个好项目中的最后一名，其最后一位报财政研究决定</translation>
    </message>
    <message>
        <source>Days given to rectify a ledger item (its deadline unless one is set)</source>
        <translation>整改时限天数（未另行指定时的整改期限）</translation>
    </message>
    <message>
        <source>Shortest written account that closes a ledger item without an evidence file (characters)</source>
        <translation>无佐证文件时销号所需整改说明的最少字数</translation>
    </message>
    <message>
        <source>PerfDesk default 20: about one sentence saying what was done and which document shows it</source>
        <translation>绩效通默认值 20：约一句话，说明做了哪些整改、有哪些文件可以证明</translation>
    </message>
    <message>
        <source>Support (予以支持) from score</source>
        <translation>予以支持的最低得分</translation>
    </message>
    <message>
        <source>Support after adjustment (调整后支持) from score</source>
        <translation>调整后支持的最低得分</translation>
    </message>
    <message>
        <source>Below it: do not support (不予支持)</source>
        <translation>低于此分不予支持</translation>
    </message>
    <message>
        <source>An item graded 优 earns (% of its points)</source>
        <translation>评为“优”的项得分（占该项分值%）</translation>
    </message>
    <message>
        <source>An item graded 良 earns (% of its points)</source>
        <translation>评为“良”的项得分（占该项分值%）</translation>
    </message>
    <message>
        <source>An item graded 中 earns (% of its points)</source>
        <translation>评为“中”的项得分（占该项分值%）</translation>
    </message>
    <message>
        <source>An item graded 差 earns (% of its points)</source>
        <translation>评为“差”的项得分（占该项分值%）</translation>
    </message>
    <message>
        <source>No assessment, no budget: flag projects without a supporting assessment where budgets and targets are reviewed</source>
        <translation>未评估不安排预算：在审核预算和绩效目标处标出没有支持性事前评估的项目</translation>
    </message>
    <message>
        <source>朝阳县 practice (RULES §9)</source>
        <translation>朝阳县做法</translation>
    </message>
    <message>
        <source>Projects that need an assessment</source>
        <translation>需要事前评估的项目</translation>
    </message>
    <message>
        <source>New projects and policies (新增)</source>
        <translation>新增项目和政策</translation>
    </message>
    <message>
        <source>Every project and policy</source>
        <translation>全部项目和政策</translation>
    </message>
    <message>
        <source>Only projects with a budget of at least (万元)</source>
        <translation>仅限预算不低于（万元）的项目</translation>
    </message>
    <message>
        <source>0: every project of the kind chosen above</source>
        <translation>0：上面所选的全部项目</translation>
    </message>
    <message>
        <source>Data packages</source>
        <translation>数据包</translation>
    </message>
    <message>
        <source>This database&apos;s own unit (code; empty = the whole county)</source>
        <translation>本数据库所属单位（编码；留空为全县）</translation>
    </message>
    <message>
        <source>Set when a township or department PC is set up from a county package</source>
        <translation>用县级数据包为乡镇或部门电脑新建数据库时自动设置</translation>
    </message>
    <message>
        <source>Targets reported by (month-day of the budget year)</source>
        <translation>绩效目标报送截止（预算年度的月-日）</translation>
    </message>
    <message>
        <source>Monitoring reported by (month-day of the budget year)</source>
        <translation>执行监控报送截止（预算年度的月-日）</translation>
    </message>
    <message>
        <source>Self-evaluations reported by (month-day of the following year)</source>
        <translation>绩效自评报送截止（次年的月-日）</translation>
    </message>
    <message>
        <source>Rectification progress reported by (month-day of the following year)</source>
        <translation>整改进展报送截止（次年的月-日）</translation>
    </message>
    <message>
        <source>GB/T 22239-2019 (等保 2.0) level 2</source>
        <translation>GB/T 22239-2019（等保 2.0）第二级</translation>
    </message>
    <message>
        <source>Accounts and audit</source>
        <translation>账户与审计</translation>
    </message>
    <message>
        <source>Minimum password length</source>
        <translation>密码最短长度</translation>
    </message>
    <message>
        <source>Kinds of characters a password needs (of capitals, small letters, digits, symbols)</source>
        <translation>密码须含字符种类数（大写字母、小写字母、数字、符号）</translation>
    </message>
    <message>
        <source>Passwords expire after (days, 0 = never)</source>
        <translation>密码有效期（天，0 = 永不过期）</translation>
    </message>
    <message>
        <source>Failed logins before an account is locked</source>
        <translation>登录失败几次后锁定账户</translation>
    </message>
    <message>
        <source>Lockout lasts (minutes)</source>
        <translation>锁定时长（分钟）</translation>
    </message>
    <message>
        <source>Log out after idle (minutes)</source>
        <translation>无操作自动退出（分钟）</translation>
    </message>
    <message>
        <source>Keep the audit log for (months, at least 6)</source>
        <translation>审计日志保存期限（月，至少 6 个月）</translation>
    </message>
    <message>
        <source>Projects tied at the cut line share its treatment</source>
        <translation>与临界名次同分的项目同等处理</translation>
    </message>
    <message>
        <source>Any form</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Digits only, e.g. 101001</source>
        <translation>纯数字，如 101001</translation>
    </message>
    <message>
        <source>18 digits, e.g. 371525000000101001</source>
        <translation>18位数字，如 371525000000101001</translation>
    </message>
    <message>
        <source>Letters then digits, e.g. GX101</source>
        <translation>字母+数字，如 GX101</translation>
    </message>
    <message>
        <source>Groups of three digits per level, e.g. 101001</source>
        <translation>每级3位数字，如 101001</translation>
    </message>
    <message>
        <source>Rank each supervising department&apos;s projects separately</source>
        <translation>各主管部门分别排名</translation>
    </message>
    <message>
        <source>冠县: each department ranks its own projects by self-evaluation score</source>
        <translation>冠县：各部门按自评得分对本部门项目排序</translation>
    </message>
    <message>
        <source>Rank policies apart from projects</source>
        <translation>政策和项目分别排序</translation>
    </message>
    <message>
        <source>冠县: 对政策和项目由高到低分别进行排序</source>
        <translation>冠县：对政策和项目由高到低分别进行排序</translation>
    </message>
    <message>
        <source>Rank county transfers to lower levels apart from own-level projects</source>
        <translation>县对下转移支付项目与本级项目分别排序</translation>
    </message>
    <message>
        <source>Off: a department&apos;s own-level projects and the county transfers it supervises are one list, as in 冠县</source>
        <translation>关闭时：部门的本级项目与其主管的县对下转移支付项目合并排序（冠县做法）</translation>
    </message>
    <message>
        <source>Rank self-evaluations submitted but not yet reviewed</source>
        <translation>已报送尚未审核的自评参与排名</translation>
    </message>
    <message>
        <source>Drafts and returned self-evaluations are never ranked: they are listed apart as not complete</source>
        <translation>草稿和被退回的自评一律不参与排名，作为“自评未完成”单独列示</translation>
    </message>
    <message>
        <source>This year&apos;s budget that cuts are taken from</source>
        <translation>计算压减所依据的当年预算</translation>
    </message>
    <message>
        <source>Grade rule: cut for 中 (%)</source>
        <translation>等级规则：“中”压减比例（%）</translation>
    </message>
    <message>
        <source>达州 practice</source>
        <translation>达州做法</translation>
    </message>
    <message>
        <source>Grade rule: decision for 差</source>
        <translation>等级规则：“差”的处理</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Suspend (probation)</source>
        <translation>暂停（保留察看）</translation>
    </message>
    <message>
        <source>Ex-ante assessment</source>
        <translation>事前绩效评估</translation>
    </message>
    <message>
        <source>聊城 cost-benefit analysis checks (seed 002)</source>
        <translation>聊城成本效益分析表审核（种子报告 002）</translation>
    </message>
    <message>
        <source>Cost-benefit analysis</source>
        <translation>成本效益分析</translation>
    </message>
    <message>
        <source>Budget the cost items must add up to</source>
        <translation>分项成本应达到的预算数</translation>
    </message>
    <message>
        <source>Cost items may add up to less than the budget by at most (元)</source>
        <translation>分项成本合计可少于预算的最大差额（元）</translation>
    </message>
    <message>
        <source>PerfDesk default 0: any shortfall is flagged as incomplete, as 聊城 checks</source>
        <translation>绩效通默认 0：与聊城做法一致，少于预算即为成本构成不完整</translation>
    </message>
    <message>
        <source>Unit cost × quantity may be below an item&apos;s amount by at most (元)</source>
        <translation>单位成本×数量可少于分项金额的最大差额（元）</translation>
    </message>
    <message>
        <source>PerfDesk default 0: any shortfall is flagged as inconsistent, as 聊城 checks</source>
        <translation>绩效通默认 0：与聊城做法一致，少于分项金额即为不相符</translation>
    </message>
    <message>
        <source>A unit cost may exceed its expenditure standard by at most (%)</source>
        <translation>单位成本可高于支出标准的最大幅度（%）</translation>
    </message>
    <message>
        <source>PerfDesk default 0: any unit cost above its standard is over standard</source>
        <translation>绩效通默认 0：单位成本高于支出标准即为超标准</translation>
    </message>
    <message>
        <source>Department-wide performance</source>
        <translation>部门整体绩效</translation>
    </message>
    <message>
        <source>Points for the department&apos;s budget execution (金额合计 of the main tasks)</source>
        <translation>部门预算执行率分值（按年度主要任务金额合计计算）</translation>
    </message>
    <message>
        <source>RULES §11: the same scoring rules as project self-evaluation</source>
        <translation>与项目支出绩效自评相同的评分规则</translation>
    </message>
    <message>
        <source>0: the table prints no execution score and the indicators carry all 100 points</source>
        <translation>填 0：自评表不单列预算执行得分，绩效指标合计 100 分</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Automatic backups to keep</source>
        <translation>自动备份保留份数</translation>
    </message>
    <message>
        <source>Remind to back up to a folder after (days)</source>
        <translation>超过（天）未备份到其他位置时提醒</translation>
    </message>
    <message>
        <source>Printed reports</source>
        <translation>打印报表</translation>
    </message>
    <message>
        <source>Body font file (empty = system 仿宋 or bundled)</source>
        <translation>正文字体文件（留空使用系统仿宋或内置字体）</translation>
    </message>
    <message>
        <source>Heading font file (empty = system 黑体 or bundled)</source>
        <translation>标题字体文件（留空使用系统黑体或内置字体）</translation>
    </message>
    <message>
        <source>Printed wording of &apos;impossible&apos;</source>
        <translation>打印时“不能完成”的表述</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>{title}: not yet available in this version.</source>
        <translation>{title}：本版本暂未提供。</translation>
    </message>
</context>
<context>
    <name>PresetText</name>
    <message>
        <source>Other (advanced)</source>
        <translation>其他（高级）</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>正则表达式</translation>
    </message>
</context>
<context>
    <name>ProbationDialog</name>
    <message>
        <source>Probation</source>
        <translation>保留察看</translation>
    </message>
    <message>
        <source>Why it truly cannot be cancelled or cut</source>
        <translation>确实难以取消或压减的理由</translation>
    </message>
    <message>
        <source>Unit leading the rectification plan</source>
        <translation>牵头制定整改方案的单位</translation>
    </message>
    <message>
        <source>Cut kept on probation</source>
        <translation>保留察看期间的压减比例</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Edit project</source>
        <translation>编辑项目</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>新增项目</translation>
    </message>
    <message>
        <source>Project code</source>
        <translation>项目编码</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业领域</translation>
    </message>
    <message>
        <source>Budget type</source>
        <translation>预算类型</translation>
    </message>
    <message>
        <source>Fund origin</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>项目属性</translation>
    </message>
    <message>
        <source>Project period from</source>
        <translation>项目期起始年度</translation>
    </message>
    <message>
        <source>Project period to</source>
        <translation>项目期结束年度</translation>
    </message>
    <message>
        <source>Initial budget (10k yuan)</source>
        <translation>年初预算数（万元）</translation>
    </message>
    <message>
        <source>Full-year budget (10k yuan)</source>
        <translation>全年预算数（万元）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>ProjectImport</name>
    <message>
        <source>Import the budget system&apos;s export</source>
        <translation>导入预算管理一体化系统项目表</translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation>未导入任何数据：</translation>
    </message>
</context>
<context>
    <name>ProjectTableModel</name>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>实施单位</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Fund origin</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Full-year budget (10k yuan)</source>
        <translation>全年预算数（万元）</translation>
    </message>
    <message>
        <source>Spent (10k yuan)</source>
        <translation>执行数（万元）</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>执行率</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标状态</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Search by code or name</source>
        <translation>按编码或名称搜索</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>全部行业</translation>
    </message>
    <message>
        <source>{n} projects</source>
        <translation>共 {n} 个项目</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>实施单位</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Budget type</source>
        <translation>预算类型</translation>
    </message>
    <message>
        <source>Fund origin</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>项目属性</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>目标状态</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Initial budget</source>
        <translation>年初预算数</translation>
    </message>
    <message>
        <source>Full-year budget</source>
        <translation>全年预算数</translation>
    </message>
    <message>
        <source>Spent</source>
        <translation>执行数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>二级指标</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>三级指标</translation>
    </message>
    <message>
        <source>Target value</source>
        <translation>指标值</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Money (10k yuan)</source>
        <translation>项目资金（万元）</translation>
    </message>
    <message>
        <source>Annual goal</source>
        <translation>年度目标</translation>
    </message>
</context>
<context>
    <name>ProjectsTab</name>
    <message>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Project code</source>
        <translation>项目编码</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>所属单位</translation>
    </message>
    <message>
        <source>Initial budget (10k yuan)</source>
        <translation>年初预算数（万元）</translation>
    </message>
    <message>
        <source>Full-year budget (10k yuan)</source>
        <translation>全年预算数（万元）</translation>
    </message>
    <message>
        <source>Fund origin</source>
        <translation>资金来源</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>项目属性</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>主管部门</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>新增项目…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>恢复使用</translation>
    </message>
    <message>
        <source>Import the budget system&apos;s export…</source>
        <translation>导入一体化系统项目表…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Blank form…</source>
        <translation>空白项目表…</translation>
    </message>
    <message>
        <source>There is no budget year yet: create one (File → New budget year…) before adding projects.</source>
        <translation>还没有预算年度：请先新建年度（文件 → 新建预算年度…），再添加项目。</translation>
    </message>
    <message>
        <source>Projects of budget year {year}, by project code: {n}. Budgets in 10k yuan; a project with targets, monitoring or evaluations is retired, not deleted.</source>
        <translation>{year} 预算年度项目（按项目编码排列）：{n} 个。金额单位：万元；已有绩效目标、监控或评价记录的项目只能停用，不能删除。</translation>
    </message>
    <message>
        <source>Export projects</source>
        <translation>导出项目</translation>
    </message>
    <message>
        <source>projects-{year}.xlsx</source>
        <translation>项目-{year}.xlsx</translation>
    </message>
    <message>
        <source>{n} projects written to {path}</source>
        <translation>已将 {n} 个项目写入 {path}</translation>
    </message>
    <message>
        <source>Blank project form</source>
        <translation>空白项目表</translation>
    </message>
    <message>
        <source>project-form.xlsx</source>
        <translation>项目填报表.xlsx</translation>
    </message>
    <message>
        <source>Project form written: {path}</source>
        <translation>项目填报表已保存：{path}</translation>
    </message>
</context>
<context>
    <name>QualitativeText</name>
    <message>
        <source>achieved</source>
        <translation>达成</translation>
    </message>
    <message>
        <source>partly achieved</source>
        <translation>部分达成</translation>
    </message>
    <message>
        <source>not achieved</source>
        <translation>未达成</translation>
    </message>
    <message>
        <source>late</source>
        <translation>未按时完成</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>uncertain</source>
        <translation>无法确定</translation>
    </message>
    <message>
        <source>{text}: {cue} says there is no data: left for a person to judge</source>
        <translation>{text}：{cue}表明无数据，留待人工判断</translation>
    </message>
    <message>
        <source>{text}: {cue} says the work stopped: read as not achieved</source>
        <translation>{text}：{cue}表明工作已停止，读作未达成</translation>
    </message>
    <message>
        <source>{text}: {word} is negated by {negator}: read as not achieved</source>
        <translation>{text}：{word}前有否定词{negator}，读作未达成</translation>
    </message>
    <message>
        <source>{text}: {word} is followed by {negation}: read as not achieved</source>
        <translation>{text}：{word}后接{negation}，读作未达成</translation>
    </message>
    <message>
        <source>{text}: {cue} says it was not done on time: read as late (partly achieved at most; a deadline is not met)</source>
        <translation>{text}：{cue}表明未按时完成，读作延期（至多部分达成；不满足时限要求）</translation>
    </message>
    <message>
        <source>{text}: {cue} says not all of it was done: read as partly achieved</source>
        <translation>{text}：{cue}表明未全部完成，读作部分达成</translation>
    </message>
    <message>
        <source>{text}: read as not achieved</source>
        <translation>{text}：读作未达成</translation>
    </message>
    <message>
        <source>{text} against the figure {target} gives no figure: left for a person to judge</source>
        <translation>{text}对应目标值{target}，未给出实际数值，留待人工判断</translation>
    </message>
    <message>
        <source>{text}: read as achieved</source>
        <translation>{text}：读作达成</translation>
    </message>
    <message>
        <source>{text} against a target of none {target}: read as achieved</source>
        <translation>{text}：目标为{target}（无），读作达成</translation>
    </message>
    <message>
        <source>{text}: nothing was reported: left for a person to judge</source>
        <translation>{text}：未填报实际情况，留待人工判断</translation>
    </message>
    <message>
        <source>{text}: only the preparation ({stage}) is done of a target that asks for the work built: read as partly achieved</source>
        <translation>{text}：目标要求建成，仅完成了前期准备（{stage}）：视为部分完成</translation>
    </message>
    <message>
        <source>{text}: {cue} says the work is still at {stage}, not begun: read as not achieved</source>
        <translation>{text}：{cue}表明工作仍处于{stage}阶段，尚未开始实施，读作未达成</translation>
    </message>
    <message>
        <source>{text}: {cue} says the work is still under way: read as partly achieved</source>
        <translation>{text}：{cue}表明工作尚在进行，读作部分达成</translation>
    </message>
    <message>
        <source>{text}: {cue} states a plan, not a result: left for a person to judge</source>
        <translation>{text}：{cue}是计划或预期，不是实际结果，留待人工判断</translation>
    </message>
    <message>
        <source>{text}: {cue} says most of it was not done: read as not achieved</source>
        <translation>{text}：{cue}表明大部分未完成，读作未达成</translation>
    </message>
    <message>
        <source>{text}: {cue} qualifies the result: read as partly achieved</source>
        <translation>{text}：{cue}表明结果有所保留，读作部分达成</translation>
    </message>
    <message>
        <source>{text}: {cue} gives a bound, not the figure reached: left for a person to judge</source>
        <translation>{text}：{cue}只写了下限，不是实际达到的数值，留待人工判断</translation>
    </message>
    <message>
        <source>{text}: grade {grade}: read as {reading}</source>
        <translation>{text}：等级为{grade}，读作{reading}</translation>
    </message>
    <message>
        <source>{text}: grade {grade} against the target {target}: read as {reading}</source>
        <translation>{text}：实际等级{grade}，目标为{target}，读作{reading}</translation>
    </message>
    <message>
        <source>{text}: the target asks for {wanted}, the actual does not say how much: left for a person to judge</source>
        <translation>{text}：目标要求{wanted}，实际完成值未说明程度，留待人工判断</translation>
    </message>
    <message>
        <source>{text}: degree {degree} is below the target&apos;s {wanted}: read as partly achieved</source>
        <translation>{text}：程度{degree}低于目标要求的{wanted}，读作部分达成</translation>
    </message>
    <message>
        <source>{text}: the target asks for {wanted}, the actual says it was done but not whether on time: left for a person to judge</source>
        <translation>{text}：目标要求{wanted}，实际完成值只说明已完成，未说明是否按时，留待人工判断</translation>
    </message>
    <message>
        <source>{text}: {cue} says no failure occurred: read as achieved</source>
        <translation>{text}：{cue}表明未发生问题，读作达成</translation>
    </message>
    <message>
        <source>{text}: {cue} without negation or qualification, on time ({timing}): read as achieved</source>
        <translation>{text}：{cue}无否定或保留，且按时（{timing}），读作达成</translation>
    </message>
    <message>
        <source>{text}: {cue} without negation or qualification: read as achieved</source>
        <translation>{text}：{cue}无否定或保留，读作达成</translation>
    </message>
    <message>
        <source>{text}: reports {cue} against a target of none: read as not achieved</source>
        <translation>{text}：目标为不发生，实际报告了{cue}，读作未达成</translation>
    </message>
    <message>
        <source>{text}: reports {cue} without saying whether the target was met: left for a person to judge</source>
        <translation>{text}：报告了{cue}，但未说明是否达到目标，留待人工判断</translation>
    </message>
    <message>
        <source>{text}: the figure {figure} is nothing done: read as not achieved</source>
        <translation>{text}：数值{figure}表明未完成任何工作，读作未达成</translation>
    </message>
    <message>
        <source>{text}: repeats the target word for word: read as achieved</source>
        <translation>{text}：与目标逐字相同：视为已完成</translation>
    </message>
    <message>
        <source>{text}: the figure {figure} meets the target {target}: read as achieved</source>
        <translation>{text}：数值{figure}达到目标{target}，读作达成</translation>
    </message>
    <message>
        <source>{text}: the figure {figure} is the whole of a rate: read as achieved</source>
        <translation>{text}：数值{figure}为满值，读作达成</translation>
    </message>
    <message>
        <source>{text}: the figure {figure} is below the target {target}: not achieved in full; a person sets the level</source>
        <translation>{text}：数值{figure}低于目标{target}，未全部达成，由人工确定等次</translation>
    </message>
    <message>
        <source>{text}: states the figure {figure} with no target figure to compare it with: left for a person to judge</source>
        <translation>{text}：只写了数值{figure}，没有可比较的目标值，留待人工判断</translation>
    </message>
    <message>
        <source>{text}: {cue} describes how the work is managed, not a result: left for a person to judge</source>
        <translation>{text}：{cue}说的是工作如何管理，不是结果，留待人工判断</translation>
    </message>
</context>
<context>
    <name>Ranking</name>
    <message>
        <source>{origin}: out of the scope of last-place elimination</source>
        <translation>{origin}：不纳入末位淘汰范围</translation>
    </message>
    <message>
        <source>no score: listed apart, not ranked</source>
        <translation>无得分：单独列示，不参与排名</translation>
    </message>
    <message>
        <source>rank {rank} of {n}</source>
        <translation>第 {rank} 名/共 {n} 个</translation>
    </message>
    <message>
        <source>{where}, above the bottom {count} → keep</source>
        <translation>{where}，不在排名靠后的项目之列（{count}）→ 保留</translation>
    </message>
    <message>
        <source>{where}, {tied} projects tied for last place → all cancelled</source>
        <translation>{where}，{tied} 个项目并列最后一名 → 均取消</translation>
    </message>
    <message>
        <source>{where}, last place → cancel</source>
        <translation>{where}，最后一名 → 取消</translation>
    </message>
    <message>
        <source>{where}, tied with the cut line, bottom {count} → cut {ratio}%</source>
        <translation>{where}，与分界线同分，属排名靠后的项目（{count}）→ 压减 {ratio}%</translation>
    </message>
    <message>
        <source>{where}, bottom {count} → cut {ratio}%</source>
        <translation>{where}，属排名靠后的项目（{count}）→ 压减 {ratio}%</translation>
    </message>
    <message>
        <source>self-evaluation status {status}: listed apart as not complete, not ranked</source>
        <translation>自评状态为{status}：作为“自评未完成”单独列示，不参与排名</translation>
    </message>
    <message>
        <source>self-evaluation submitted but not yet reviewed: listed apart as not complete (settings), not ranked</source>
        <translation>自评已报送尚未审核：按设置作为“自评未完成”单独列示，不参与排名</translation>
    </message>
    <message>
        <source>{category}: not ranked in the settings</source>
        <translation>{category}：按设置不参与排名</translation>
    </message>
    <message>
        <source>{where}: the only project in its list → for finance to decide, not cancelled automatically</source>
        <translation>{where}：该排名组仅此一个项目 → 报财政研究决定，不自动取消</translation>
    </message>
    <message>
        <source>{where}: all {n} projects have the same score, the ranking cannot separate them → for finance to decide</source>
        <translation>{where}：{n} 个项目得分相同，无法区分名次 → 报财政研究决定</translation>
    </message>
    <message>
        <source>{where}, last place in a list of {n} (fewer than {min}) → for finance to decide, not cancelled automatically</source>
        <translation>{where}，排名组仅 {n} 个项目（少于 {min} 个），排名最后一位 → 报财政研究决定，不自动取消</translation>
    </message>
    <message>
        <source>{percent}% of {n} rounded up = {k}</source>
        <translation>{n} 个项目的 {percent}% 向上取整为 {k} 个</translation>
    </message>
    <message>
        <source>{percent}% of {n} rounded half up = {k}</source>
        <translation>{n} 个项目的 {percent}% 四舍五入为 {k} 个</translation>
    </message>
    <message>
        <source>{percent}% of {n} rounded down = {k}</source>
        <translation>{n} 个项目的 {percent}% 向下取整为 {k} 个</translation>
    </message>
    <message>
        <source>rank {rank} of {n}, score {score}, grade {grade}</source>
        <translation>第 {rank} 名/共 {n} 个，得分 {score}，等级 {grade}</translation>
    </message>
    <message>
        <source>{where} → priority guarantee</source>
        <translation>{where} → 优先保障</translation>
    </message>
    <message>
        <source>{where} → keep</source>
        <translation>{where} → 保留</translation>
    </message>
    <message>
        <source>{where} → cut {ratio}%</source>
        <translation>{where} → 压减 {ratio}%</translation>
    </message>
    <message>
        <source>{where} → suspend (probation)</source>
        <translation>{where} → 暂缓（保留察看）</translation>
    </message>
    <message>
        <source>{where} → cancel</source>
        <translation>{where} → 取消</translation>
    </message>
    <message>
        <source>a cut ratio must be above 0% and at most 100%</source>
        <translation>压减比例须大于 0% 且不超过 100%</translation>
    </message>
    <message>
        <source>{code}: a cut of {ratio}% is below the minimum of {minimum}%; record the reason for the exception</source>
        <translation>{code}：压减 {ratio}% 低于最低比例 {minimum}%，请记录例外理由</translation>
    </message>
    <message>
        <source>{code}: cutting instead of cancelling needs a recorded reason</source>
        <translation>{code}：以压减代替取消须记录理由</translation>
    </message>
    <message>
        <source>; adjusted → cut {ratio}%</source>
        <translation>；调整 → 压减 {ratio}%</translation>
    </message>
    <message>
        <source>{code}: probation needs a reason</source>
        <translation>{code}：保留察看须说明理由</translation>
    </message>
    <message>
        <source>{code}: probation needs the unit that leads the rectification</source>
        <translation>{code}：保留察看须指定牵头整改的单位</translation>
    </message>
    <message>
        <source>a cut ratio on probation must be from 0% to below 100%</source>
        <translation>保留察看的压减比例须在 0% 至 100%（不含）之间</translation>
    </message>
    <message>
        <source>; adjusted → probation, cut {ratio}%</source>
        <translation>；调整 → 保留察看，压减 {ratio}%</translation>
    </message>
    <message>
        <source>{code}: only a project left for finance to decide takes finance&apos;s decision; adjust the cut or put it on probation instead</source>
        <translation>{code}：只有报财政研究决定的项目才能由财政作出决定；其他项目请调整压减比例或设为保留察看</translation>
    </message>
    <message>
        <source>{code}: record the reason for finance&apos;s decision</source>
        <translation>{code}：请填写财政研究决定的理由</translation>
    </message>
    <message>
        <source>; finance decided → cancel</source>
        <translation>；财政研究决定 → 取消</translation>
    </message>
    <message>
        <source>; finance decided → keep</source>
        <translation>；财政研究决定 → 保留</translation>
    </message>
    <message>
        <source>{code}: {decision} projects are not ranked and cannot be adjusted</source>
        <translation>{code}：{decision}项目不参与排名，不能调整</translation>
    </message>
    <message>
        <source>{decision}: {count} projects, {amount}万元</source>
        <translation>{decision}：{count} 个项目，{amount}万元</translation>
    </message>
    <message>
        <source>{amount}万元 in all</source>
        <translation>合计 {amount}万元</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>There is no budget year {year} in this database.</source>
        <translation>数据库中没有 {year} 预算年度。</translation>
    </message>
    <message>
        <source>There is no ranking run {id}.</source>
        <translation>不存在排名 {id}。</translation>
    </message>
    <message>
        <source>reading scores</source>
        <translation>读取得分</translation>
    </message>
    <message>
        <source>ranking</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>saving</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Ranking run version {version} is confirmed and can no longer be changed; re-run to make a new draft.</source>
        <translation>第 {version} 版排名已确认，不能再修改；请重新排名生成新的草稿。</translation>
    </message>
    <message>
        <source>There is no ranking entry {id}.</source>
        <translation>不存在排名条目 {id}。</translation>
    </message>
    <message>
        <source>re-run of version {version}</source>
        <translation>第 {version} 版的重新排名</translation>
    </message>
    <message>
        <source>Cut {ratio}</source>
        <translation>压减 {ratio}</translation>
    </message>
    <message>
        <source>Probation (cut {ratio})</source>
        <translation>保留察看（压减 {ratio}）</translation>
    </message>
    <message>
        <source>There is no ranking run for {year}; run `perfdesk rank` first.</source>
        <translation>{year}年度尚无排名，请先运行 `perfdesk rank`。</translation>
    </message>
</context>
<context>
    <name>RankingPage</name>
    <message>
        <source>Rank now</source>
        <translation>开始排名</translation>
    </message>
    <message>
        <source>Confirm…</source>
        <translation>确认…</translation>
    </message>
    <message>
        <source>Excel…</source>
        <translation>导出 Excel…</translation>
    </message>
    <message>
        <source>Report PDF…</source>
        <translation>报告 PDF…</translation>
    </message>
    <message>
        <source>Set cut ratio…</source>
        <translation>设置压减比例…</translation>
    </message>
    <message>
        <source>Probation…</source>
        <translation>保留察看…</translation>
    </message>
    <message>
        <source>Finance&apos;s decision…</source>
        <translation>财政研究决定…</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Save as draft run</source>
        <translation>保存为草稿</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>排名版本</translation>
    </message>
    <message>
        <source>Version {version} · {status}{who}</source>
        <translation>第 {version} 版 · {status}{who}</translation>
    </message>
    <message>
        <source>No ranking run for this year yet: press Rank now.</source>
        <translation>本年度尚无排名：请点击“开始排名”。</translation>
    </message>
    <message>
        <source>This database has no budget year yet: create one or import the budget system&apos;s project export first.</source>
        <translation>本数据库还没有预算年度：请先新建年度，或导入预算管理一体化系统导出的项目清单。</translation>
    </message>
    <message>
        <source>Version {version}, {state}; created by {by} at {at}</source>
        <translation>第 {version} 版，{state}；{by} 创建于 {at}</translation>
    </message>
    <message>
        <source>; confirmed by {by} at {at}</source>
        <translation>；{by} 确认于 {at}</translation>
    </message>
    <message>
        <source>; for finance to decide: {n}</source>
        <translation>；报财政研究决定 {n} 个</translation>
    </message>
    <message>
        <source>; self-evaluation not complete (not ranked): {n}</source>
        <translation>；自评未完成（不参与排名）{n} 个</translation>
    </message>
    <message>
        <source>There is no budget year to rank.</source>
        <translation>没有可排名的预算年度。</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>项目编码</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>主管部门</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>排名分组</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Score from</source>
        <translation>得分来源</translation>
    </message>
    <message>
        <source>Budget (10k yuan)</source>
        <translation>本年预算（万元）</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>处理意见</translation>
    </message>
    <message>
        <source>Cut ratio</source>
        <translation>压减比例</translation>
    </message>
    <message>
        <source>Cut (10k yuan)</source>
        <translation>压减金额（万元）</translation>
    </message>
    <message>
        <source>Suggested (10k yuan)</source>
        <translation>下年建议预算（万元）</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则及依据</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Self-evaluation</source>
        <translation>自评</translation>
    </message>
    <message>
        <source>Spot-check review</source>
        <translation>抽查复核</translation>
    </message>
    <message>
        <source>Key evaluation</source>
        <translation>重点评价</translation>
    </message>
    <message>
        <source>For finance to decide</source>
        <translation>报财政研究决定</translation>
    </message>
    <message>
        <source>Listed apart</source>
        <translation>单独列示</translation>
    </message>
    <message>
        <source>Self-evaluation not complete</source>
        <translation>自评未完成</translation>
    </message>
    <message>
        <source>Ranking…</source>
        <translation>正在排名…</translation>
    </message>
    <message>
        <source>What-if preview with the parameters on the right: nothing is saved.</source>
        <translation>按右侧参数试算预览：未保存。</translation>
    </message>
    <message>
        <source>Finance&apos;s decision</source>
        <translation>财政研究决定</translation>
    </message>
    <message>
        <source>Only a last place the rule left for finance to decide takes finance&apos;s decision; set the cut ratio or probation for the others.</source>
        <translation>只有排名最后一位、报财政研究决定的项目才能由财政作出决定；其他项目请设置压减比例或保留察看。</translation>
    </message>
    <message>
        <source>{n} last places left for finance to decide have no decision yet: confirmed as they are, their budgets are not changed.</source>
        <translation>还有 {n} 个报财政研究决定的排名末位项目尚未作出决定：按现状确认的，其预算不作调整。</translation>
    </message>
    <message>
        <source>Confirm the ranking</source>
        <translation>确认排名</translation>
    </message>
    <message>
        <source>Confirm version {version}? A confirmed run can no longer be changed; probation decisions go onto the rectification ledger.</source>
        <translation>确认第 {version} 版？确认后不能再修改；保留察看项目将列入整改台账。</translation>
    </message>
    <message>
        <source>Save the ranked lists</source>
        <translation>保存排名清单</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>已写入：{path}</translation>
    </message>
    <message>
        <source>Writing Excel…</source>
        <translation>正在生成 Excel…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>正在生成报告…</translation>
    </message>
</context>
<context>
    <name>RankingTab</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Score from</source>
        <translation>得分来源</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Execution rate (%)</source>
        <translation>预算执行率（%）</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Export ranking</source>
        <translation>导出排名</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>已写入：{path}</translation>
    </message>
</context>
<context>
    <name>RegionPage</name>
    <message>
        <source>The county and its first budget year</source>
        <translation>本地区及起始预算年度</translation>
    </message>
    <message>
        <source>Letters and reports are signed by the county&apos;s finance bureau (e.g. 临清市财政局).</source>
        <translation>函件和报告以本地财政局名义落款（如“临清市财政局”）。</translation>
    </message>
    <message>
        <source>e.g. 临清市</source>
        <translation>如：临清市</translation>
    </message>
    <message>
        <source>e.g. 371581</source>
        <translation>如：371581</translation>
    </message>
    <message>
        <source>County (region) name</source>
        <translation>地区名称</translation>
    </message>
    <message>
        <source>Division code (财政区划)</source>
        <translation>财政区划代码</translation>
    </message>
    <message>
        <source>First budget year</source>
        <translation>起始预算年度</translation>
    </message>
    <message>
        <source>One person uses this PC: no login</source>
        <translation>一人使用此电脑：无需登录</translation>
    </message>
    <message>
        <source>A shared PC: accounts with login (administrator &apos;admin&apos;)</source>
        <translation>多人共用电脑：启用账户登录（系统管理员 admin）</translation>
    </message>
    <message>
        <source>the administrator&apos;s first password</source>
        <translation>系统管理员的初始密码</translation>
    </message>
    <message>
        <source>again</source>
        <translation>再输一次</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>使用方式</translation>
    </message>
    <message>
        <source>The division code is made of digits, e.g. 371581.</source>
        <translation>财政区划代码应为数字，如 371581。</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <source>The name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>The credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>The contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>The phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>The field</source>
        <translation>专业领域</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>职称</translation>
    </message>
    <message>
        <source>The employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>{field} is longer than {n} characters.</source>
        <translation>{field}超过 {n} 个字符。</translation>
    </message>
    <message>
        <source>The agency needs its name.</source>
        <translation>请填写机构名称。</translation>
    </message>
    <message>
        <source>The agency {name} is already in the registry.</source>
        <translation>机构“{name}”已在机构库中。</translation>
    </message>
    <message>
        <source>The rating must be one of 优秀, 良好, 合格, 不合格.</source>
        <translation>评级应为优秀、良好、合格或不合格。</translation>
    </message>
    <message>
        <source>{year} is not a year.</source>
        <translation>“{year}”不是年度。</translation>
    </message>
    <message>
        <source>There is no agency {id}.</source>
        <translation>没有编号为 {id} 的机构。</translation>
    </message>
    <message>
        <source>The expert needs a name.</source>
        <translation>请填写专家姓名。</translation>
    </message>
    <message>
        <source>There is no expert {id}.</source>
        <translation>没有编号为 {id} 的专家。</translation>
    </message>
</context>
<context>
    <name>RegistryTab</name>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>保存修改</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <source>Back up to a folder…</source>
        <translation>备份到文件夹…</translation>
    </message>
    <message>
        <source>Remind me next time</source>
        <translation>下次再提醒</translation>
    </message>
    <message>
        <source>No backup to a USB stick or network folder for {days} days. A copy outside this PC protects the data if the PC fails.</source>
        <translation>已有 {days} 天没有备份到 U 盘或网络文件夹。在本机以外保存一份副本，电脑故障时数据仍然安全。</translation>
    </message>
</context>
<context>
    <name>ReportKinds</name>
    <message>
        <source>Interview (约谈) record forms for ledger items</source>
        <translation>台账事项的约谈记录表</translation>
    </message>
    <message>
        <source>ledger item (repeat)</source>
        <translation>台账事项（可重复）</translation>
    </message>
    <message>
        <source>Ranking and last-place elimination report for leadership</source>
        <translation>报送领导的排名及末位淘汰情况报告</translation>
    </message>
    <message>
        <source>ranking run id (default: the year&apos;s newest run)</source>
        <translation>排名编号（默认本年度最新一次）</translation>
    </message>
    <message>
        <source>Rectification notices (整改通知书) for open ledger items</source>
        <translation>未销号台账事项的整改通知书</translation>
    </message>
    <message>
        <source>ledger item (repeat; default: every open item)</source>
        <translation>台账事项（可重复；默认全部未销号事项）</translation>
    </message>
    <message>
        <source>Nothing to print: there is no {what} in this scope.</source>
        <translation>没有可打印的内容：所选范围内没有{what}。</translation>
    </message>
    <message>
        <source>one PDF per project into the folder given by --out</source>
        <translation>每个项目一个 PDF，写入 --out 指定的文件夹</translation>
    </message>
    <message>
        <source>add the score explanations as notes</source>
        <translation>以注释形式附上评分说明</translation>
    </message>
    <message>
        <source>The database has no budget year.</source>
        <translation>数据库中没有预算年度。</translation>
    </message>
    <message>
        <source>There is no budget year {year}.</source>
        <translation>没有 {year} 预算年度。</translation>
    </message>
    <message>
        <source>No project {code} in {year}.</source>
        <translation>{year} 年度没有项目 {code}。</translation>
    </message>
    <message>
        <source>No unit with code {code}.</source>
        <translation>没有编码为 {code} 的单位。</translation>
    </message>
    <message>
        <source>performance evaluation report (绩效评价报告)</source>
        <translation>绩效评价报告</translation>
    </message>
    <message>
        <source>Reading evaluations</source>
        <translation>正在读取评价数据</translation>
    </message>
    <message>
        <source>key evaluation</source>
        <translation>重点绩效评价</translation>
    </message>
    <message>
        <source>project monitoring table (项目支出绩效目标执行监控表), per project or batch</source>
        <translation>项目支出绩效目标执行监控表（单个项目或批量）</translation>
    </message>
    <message>
        <source>monitoring round as of this date (default: the latest)</source>
        <translation>截至该日期的监控轮次（默认：最新）</translation>
    </message>
    <message>
        <source>monitoring summary report with the execution vs time progress chart</source>
        <translation>运行监控情况报告（含执行进度与时间进度对比图）</translation>
    </message>
    <message>
        <source>reminder letters (提醒函) to the units of red-warning projects</source>
        <translation>向红色预警项目单位发送的提醒函</translation>
    </message>
    <message>
        <source>self-evaluation table (项目支出绩效自评表)</source>
        <translation>项目支出绩效自评表</translation>
    </message>
    <message>
        <source>Reading self-evaluations</source>
        <translation>正在读取自评数据</translation>
    </message>
    <message>
        <source>self-evaluation</source>
        <translation>绩效自评</translation>
    </message>
    <message>
        <source>self-evaluation spot-check review (绩效自评抽查复核情况表), per unit</source>
        <translation>绩效自评抽查复核情况表（按单位）</translation>
    </message>
    <message>
        <source>performance target declaration (项目支出绩效目标申报表)</source>
        <translation>项目支出绩效目标申报表</translation>
    </message>
    <message>
        <source>Reading targets</source>
        <translation>正在读取绩效目标</translation>
    </message>
    <message>
        <source>{code}: the fund split does not add up to the total.</source>
        <translation>{code}：资金来源合计与资金总额不符。</translation>
    </message>
    <message>
        <source>{n} project(s) without targets were left out.</source>
        <translation>{n} 个没有绩效目标的项目未打印。</translation>
    </message>
    <message>
        <source>project with performance targets</source>
        <translation>设有绩效目标的项目</translation>
    </message>
    <message>
        <source>One-page leadership brief: where each stage of the year stands</source>
        <translation>领导简报（一页）：本年度各环节工作进展</translation>
    </message>
    <message>
        <source>the date the figures stand on (default: today)</source>
        <translation>数据截止日期（默认：今天）</translation>
    </message>
    <message>
        <source>Ex-ante assessment opinions (事前绩效评估意见)</source>
        <translation>事前绩效评估意见</translation>
    </message>
    <message>
        <source>date of the letters (default: today)</source>
        <translation>落款日期（默认今天）</translation>
    </message>
    <message>
        <source>cost-benefit analysis table (项目成本效益分析表), per project or batch</source>
        <translation>项目成本效益分析表（单个项目或批量）</translation>
    </message>
    <message>
        <source>cost-benefit analysis table</source>
        <translation>成本效益分析表</translation>
    </message>
    <message>
        <source>department-wide self-evaluation table (部门整体支出绩效自评表), per department</source>
        <translation>部门整体支出绩效自评表，按部门</translation>
    </message>
    <message>
        <source>department-wide self-evaluation report (部门整体支出绩效自评报告), per department</source>
        <translation>部门整体支出绩效自评报告，按部门</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Laying out {n} tables</source>
        <translation>正在排版 {n} 张表</translation>
    </message>
    <message>
        <source>Performance tables</source>
        <translation>绩效表</translation>
    </message>
    <message>
        <source>Writing {name}</source>
        <translation>正在写入 {name}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Character “{char}” (U+{code:04X}) in “{text}” is not in the font {font} or any fallback font: it is printed as 〓.</source>
        <translation>字符“{char}”（U+{code:04X}，见“{text}”）不在字体 {font} 或任何备用字体中：打印为 〓。</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Covering</source>
        <translation>范围</translation>
    </message>
    <message>
        <source>One project</source>
        <translation>单个项目</translation>
    </message>
    <message>
        <source>A unit and its sub-units</source>
        <translation>单位（含下属单位）</translation>
    </message>
    <message>
        <source>The whole year</source>
        <translation>全年度</translation>
    </message>
    <message>
        <source>Search code or name</source>
        <translation>搜索项目编码或名称</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>One PDF per project…</source>
        <translation>每个项目一个 PDF…</translation>
    </message>
    <message>
        <source>Write one PDF per project into a folder</source>
        <translation>每个项目生成一个 PDF，保存到文件夹</translation>
    </message>
    <message>
        <source>Choose a project or a unit first.</source>
        <translation>请先选择项目或单位。</translation>
    </message>
    <message>
        <source>Folder for the PDFs</source>
        <translation>选择保存 PDF 的文件夹</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <source>Generating the report</source>
        <translation>正在生成报表</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>已取消，未生成文件。</translation>
    </message>
    <message>
        <source>{n} page(s).</source>
        <translation>共 {n} 页。</translation>
    </message>
    <message>
        <source>Cancelled; the PDFs already finished were kept.</source>
        <translation>已取消，已完成的 PDF 已保留。</translation>
    </message>
    <message>
        <source>{n} PDF file(s) in {folder}.</source>
        <translation>{folder} 中共 {n} 个 PDF 文件。</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>警告：{message}</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>保存报表</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>已保存：{path}</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Rectification ledger</source>
        <translation>整改台账</translation>
    </message>
    <message>
        <source>Next year&apos;s budget suggestions</source>
        <translation>下年预算建议</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>no evidence: 0 points</source>
        <translation>无佐证材料：0 分</translation>
    </message>
    <message>
        <source>indicator unrelated to the project: 0 points</source>
        <translation>指标与项目无关：0 分</translation>
    </message>
    <message>
        <source>satisfaction claimed without a survey: 0 points</source>
        <translation>未开展满意度调查：0 分</translation>
    </message>
    <message>
        <source>completion {percent}% is above {threshold}%: over-completion loses no points</source>
        <translation>完成率 {percent}% 超过 {threshold}%：超额完成不扣分</translation>
    </message>
    <message>
        <source>same indicator already scored under output: counted once</source>
        <translation>同一指标已在产出指标中计分：只计一次</translation>
    </message>
</context>
<context>
    <name>ReviewQueue</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警示</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Ex-ante assessment</source>
        <translation>事前绩效评估</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>RuleSets</name>
    <message>
        <source>Ranking: last-place elimination (冠县)</source>
        <translation>排名：末位淘汰（冠县）</translation>
    </message>
    <message>
        <source>冠县 (seed 000)</source>
        <translation>冠县做法</translation>
    </message>
    <message>
        <source>Ranking: by grade, 差 suspended (达州 cancels or suspends)</source>
        <translation>排名：按等级，“差”保留察看（达州为取消或暂停）</translation>
    </message>
    <message>
        <source>达州 practice</source>
        <translation>达州做法</translation>
    </message>
    <message>
        <source>Ranking: evaluation grade → budget (优 priority, 良 keep, 中 cut, 差 cancel)</source>
        <translation>排名：评价等级定预算（优 优先保障，良 保障，中 压缩，差 取消）</translation>
    </message>
    <message>
        <source>Published practice; the 中 cut of 10% is PerfDesk&apos;s default</source>
        <translation>公开发布的做法；“中”压缩10%为绩效通默认值</translation>
    </message>
    <message>
        <source>Monitoring: execution schedule 25/40/60/80% at the ends of April/June/August/October</source>
        <translation>运行监控：4、6、8、10月末执行进度分别不低于25%、40%、60%、80%</translation>
    </message>
    <message>
        <source>Published in one province for 2025</source>
        <translation>某省2025年公布的做法</translation>
    </message>
    <message>
        <source>Monitoring: lag behind time progress (red 40, yellow 20 points)</source>
        <translation>运行监控：落后时间进度（红40、黄20个百分点）</translation>
    </message>
    <message>
        <source>PerfDesk default</source>
        <translation>绩效通默认值</translation>
    </message>
</context>
<context>
    <name>Sampling</name>
    <message>
        <source>drawn at random</source>
        <translation>随机抽取</translation>
    </message>
    <message>
        <source>graded 优 with execution below the threshold</source>
        <translation>自评为“优”但执行率低于标准</translation>
    </message>
</context>
<context>
    <name>Score</name>
    <message>
        <source>Two decimals, half up</source>
        <translation>保留两位小数，四舍五入</translation>
    </message>
    <message>
        <source>Whole numbers, half up</source>
        <translation>取整数，四舍五入</translation>
    </message>
    <message>
        <source>As entered (no rounding)</source>
        <translation>按录入值（不取舍）</translation>
    </message>
</context>
<context>
    <name>Scoring</name>
    <message>
        <source>execution rate {rate}%: total {total} capped at {cap}</source>
        <translation>执行率 {rate}%：总分 {total} 限定为不超过 {cap}</translation>
    </message>
    <message>
        <source>not applicable: {names} ({points} points), not counted; the other lines rescaled to 100 (百分制折算): each score × {all}/{remaining}, rounded per the setting</source>
        <translation>不适用指标：{names}（共{points}分），不计分；其余指标按百分制折算：各项得分×{all}/{remaining}，按设定的保留位数取舍</translation>
    </message>
    <message>
        <source>{explanation}; not-applicable lines dropped, rescaled to 100: × {all}/{remaining} = {score} of {points} points</source>
        <translation>{explanation}；剔除不适用指标后按百分制折算：×{all}/{remaining} = {score}分（折算后分值{points}分）</translation>
    </message>
    <message>
        <source>{subject}: a score set by hand needs a reason</source>
        <translation>{subject}：人工调整得分须填写原因</translation>
    </message>
    <message>
        <source>{subject}: score {score} set by hand is outside 0–{points}</source>
        <translation>{subject}：人工得分 {score} 超出 0–{points} 范围</translation>
    </message>
    <message>
        <source>{explanation} (the table prints no points for budget execution: the settings&apos; {points} points)</source>
        <translation>{explanation}（原表未列预算执行率分值，按设置的{points}分计算）</translation>
    </message>
    <message>
        <source>budget execution</source>
        <translation>预算执行率</translation>
    </message>
    <message>
        <source>{subject}: score {score} kept by hand, reason: {reason}</source>
        <translation>{subject}：人工保留得分 {score}，原因：{reason}</translation>
    </message>
    <message>
        <source>{explanation}; not applicable: not counted</source>
        <translation>{explanation}；不适用，不计分</translation>
    </message>
    <message>
        <source>no points (分值) printed for this line: the printed score {score} is kept; it cannot be recomputed without the points</source>
        <translation>原表未列本项分值：保留原表得分{score}分；无分值无法按评分规则重新计算</translation>
    </message>
    <message>
        <source>{name}: not applicable, not counted</source>
        <translation>{name}：不适用，不计分</translation>
    </message>
    <message>
        <source>{name}: points {points} on a 其中 sub-row are not counted twice</source>
        <translation>{name}：“其中”子行的分值 {points} 不重复计算</translation>
    </message>
    <message>
        <source>{n} line(s) print a score but no points (分值): their printed scores are kept as printed, nothing can be recomputed without the points</source>
        <translation>{n}项指标只列得分、未列分值：按原表得分保留，无分值无法重新计算</translation>
    </message>
    <message>
        <source>computed total is the sum of the rounded line scores</source>
        <translation>计算总分为各项取舍后得分之和</translation>
    </message>
    <message>
        <source>total</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>grade of the computed total {total}</source>
        <translation>按计算总分 {total} 评定的等级</translation>
    </message>
    <message>
        <source>grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>{subject}: printed {printed}, computed {computed} ({explanation})</source>
        <translation>{subject}：表中为 {printed}，计算为 {computed}（{explanation}）</translation>
    </message>
    <message>
        <source>printed total {printed} differs from the sum of the printed lines {sum}</source>
        <translation>表中总分 {printed} 与表中各项得分之和 {sum} 不一致</translation>
    </message>
    <message>
        <source>budget execution rate cannot be computed (no budget or no spending): 0 points</source>
        <translation>无法计算预算执行率（无预算或无支出）：0 分</translation>
    </message>
    <message>
        <source>spent {spent} / budget {budget} = {rate}%; {points} points × min({rate}%, 100%) = {score}</source>
        <translation>执行数 {spent} / 预算数 {budget} = {rate}%；{points}分 × min({rate}%, 100%) = {score}</translation>
    </message>
    <message>
        <source>the table prints only the initial budget (年初预算数): the rate is measured against it</source>
        <translation>原表仅列年初预算数：执行率以年初预算数为分母计算</translation>
    </message>
    <message>
        <source>{note}; {explanation}</source>
        <translation>{note}；{explanation}</translation>
    </message>
    <message>
        <source>execution rate {rate}% is below {threshold}%: an explanation is required</source>
        <translation>执行率 {rate}% 低于 {threshold}%：须说明原因</translation>
    </message>
    <message>
        <source>{amount} 万元</source>
        <translation>{amount} 万元</translation>
    </message>
    <message>
        <source>年度资金总额 is zero or blank: amounts taken from the sum of its sub-rows</source>
        <translation>年度资金总额为零或空白：金额取各子行之和</translation>
    </message>
    <message>
        <source>the 指标性质 column says {column} but the value says {value}: the column is used</source>
        <translation>指标性质列为 {column}，但指标值为 {value}：以指标性质列为准</translation>
    </message>
    <message>
        <source>target</source>
        <translation>指标值</translation>
    </message>
    <message>
        <source>actual</source>
        <translation>完成值</translation>
    </message>
    <message>
        <source>{role} “{raw}”: {note}</source>
        <translation>{role}“{raw}”：{note}</translation>
    </message>
    <message>
        <source>units differ: target in {target_unit}, actual in {actual_unit}</source>
        <translation>计量单位不一致：指标值为 {target_unit}，完成值为 {actual_unit}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>qualitative line without a level (达成 / 部分达成 / 未达成): 0 of {points} points</source>
        <translation>定性指标未填写档次（达成 / 部分达成 / 未达成）：{points} 分中得 0 分</translation>
    </message>
    <message>
        <source>{reading}; 0 of {points} points until a person sets the level</source>
        <translation>{reading}；人工确定等级前得0分（分值{points}）</translation>
    </message>
    <message>
        <source>numeric target {target} but the actual is the word “{actual}”: 0 of {points} points, needs a judgement</source>
        <translation>指标值为数值 {target}，完成值却为文字“{actual}”：{points} 分中得 0 分，需人工判断</translation>
    </message>
    <message>
        <source>no actual value: 0 of {points} points</source>
        <translation>无完成值：{points} 分中得 0 分</translation>
    </message>
    <message>
        <source>actual “{actual}” meets the deadline {deadline}: full {points} points</source>
        <translation>完成值“{actual}”符合时限 {deadline}：得满分 {points} 分</translation>
    </message>
    <message>
        <source>actual “{actual}” says the work was done but not whether it was done by the deadline {deadline}: 0 of {points} points until a person decides</source>
        <translation>实际完成值“{actual}”表明已完成，但未说明是否在时限{deadline}前完成；人工判断前得0分（分值{points}）</translation>
    </message>
    <message>
        <source>{reading}; the deadline {deadline} cannot be judged from it: 0 of {points} points until a person decides</source>
        <translation>{reading}；据此无法判断是否满足时限{deadline}，人工判断前得0分（分值{points}）</translation>
    </message>
    <message>
        <source>actual “{actual}” does not meet the deadline {deadline}: 0 of {points} points, needs a judgement</source>
        <translation>完成值“{actual}”未在时限 {deadline} 前完成：{points} 分中得 0 分，需人工判断</translation>
    </message>
    <message>
        <source>score {pick} is outside the band {low}–{high} for level {level}</source>
        <translation>得分 {pick} 超出档次“{level}”的区间 {low}–{high}</translation>
    </message>
    <message>
        <source>level {level}: band {low}–{high} of {points} points, evaluator&apos;s score {score}</source>
        <translation>档次“{level}”：{points} 分的区间 {low}–{high}，评价人给分 {score}</translation>
    </message>
    <message>
        <source>level {level}: band {low}–{high} of {points} points, top of band {score}</source>
        <translation>档次“{level}”：{points} 分的区间 {low}–{high}，取区间上限 {score}</translation>
    </message>
    <message>
        <source>no score picked inside the band for level {level}: top of band used, please confirm</source>
        <translation>档次“{level}”未在区间内给分：按区间上限计，请确认</translation>
    </message>
    <message>
        <source>no target value: 0 of {points} points</source>
        <translation>无指标值：{points} 分中得 0 分</translation>
    </message>
    <message>
        <source>actual {actual} {sign} target {target}: met, full {points} points</source>
        <translation>完成值 {actual} {sign} 指标值 {target}：已完成，得满分 {points} 分</translation>
    </message>
    <message>
        <source>actual {actual} / target {target} × {points} points = {score}</source>
        <translation>完成值 {actual} / 指标值 {target} × {points}分 = {score}</translation>
    </message>
    <message>
        <source>target is {target}: check that the target was really set</source>
        <translation>指标值为 {target}：请核实指标值是否确实如此设定</translation>
    </message>
    <message>
        <source>actual {actual} below target {target}: 0 points</source>
        <translation>完成值 {actual} 低于指标值 {target}：0 分</translation>
    </message>
    <message>
        <source>target {target} / actual {actual} × {points} points = {score}</source>
        <translation>指标值 {target} / 完成值 {actual} × {points}分 = {score}</translation>
    </message>
    <message>
        <source>actual {actual} is {over}% above target {target} (flag at {threshold}%): the target may have been set too low</source>
        <translation>完成值 {actual} 超过指标值 {target} 达 {over}%（提示标准 {threshold}%）：指标值可能设置偏低</translation>
    </message>
    <message>
        <source>{points} points − {deduction} for over-run = {score}</source>
        <translation>{points}分 − 超额扣分 {deduction} = {score}</translation>
    </message>
    <message>
        <source>points add up to {sum}, not {total}: check the table (not normalised)</source>
        <translation>分值合计为 {sum}，不是 {total}：请检查表格（未做折算）</translation>
    </message>
    <message>
        <source>{level1} carries {points} points (default {default})</source>
        <translation>{level1} 分值为 {points}（默认 {default}）</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Search this list</source>
        <translation>在本列表中搜索</translation>
    </message>
</context>
<context>
    <name>SelfEval</name>
    <message>
        <source>Reading self-evaluations</source>
        <translation>正在读取自评</translation>
    </message>
    <message>
        <source>Scoring {n} self-evaluations</source>
        <translation>正在为 {n} 份自评评分</translation>
    </message>
    <message>
        <source>Saving scores</source>
        <translation>正在保存得分</translation>
    </message>
    <message>
        <source>self-evaluation {id} does not exist</source>
        <translation>自评 {id} 不存在</translation>
    </message>
    <message>
        <source>a submitted or approved self-evaluation cannot be changed; finance must return it first</source>
        <translation>已提交或已审核的自评不能修改；须由财政先退回</translation>
    </message>
    <message>
        <source>line {id} is not part of this self-evaluation</source>
        <translation>第 {id} 行不属于此自评</translation>
    </message>
    <message>
        <source>line {id} does not exist</source>
        <translation>第 {id} 行不存在</translation>
    </message>
    <message>
        <source>{name}: a score set by hand needs a reason</source>
        <translation>{name}：人工调整得分须注明理由</translation>
    </message>
    <message>
        <source>{name}: the table prints no points (分值) for this line, so a score set by hand cannot be checked; its printed score is kept</source>
        <translation>{name}：原表未列本项分值，人工调整的得分无法核对，保留原表得分</translation>
    </message>
    <message>
        <source>{name}: score {score} is outside 0–{points}</source>
        <translation>{name}：得分 {score} 不在 0–{points} 之间</translation>
    </message>
    <message>
        <source>{code}: cannot go from {old} to {new}</source>
        <translation>{code}：不能从 {old} 变为 {new}</translation>
    </message>
    <message>
        <source>{name}: no actual value entered</source>
        <translation>{name}：未填写实际完成值</translation>
    </message>
    <message>
        <source>returning a self-evaluation needs a comment</source>
        <translation>退回自评须填写意见</translation>
    </message>
    <message>
        <source>the project has no approved performance targets</source>
        <translation>该项目没有已审核的绩效目标</translation>
    </message>
</context>
<context>
    <name>SelfEvalImport</name>
    <message>
        <source>“{text}” is not a number</source>
        <translation>“{text}”不是数字</translation>
    </message>
    <message>
        <source>“{text}” is not an amount</source>
        <translation>“{text}”不是有效金额</translation>
    </message>
    <message>
        <source>the amount cannot be negative: {text}</source>
        <translation>金额不能为负数：{text}</translation>
    </message>
    <message>
        <source>年度资金总额</source>
        <translation>年度资金总额</translation>
    </message>
    <message>
        <source>no visible sheet named {sheet}</source>
        <translation>没有名为 {sheet} 的可见工作表</translation>
    </message>
    <message>
        <source>the workbook holds no indicator rows</source>
        <translation>工作簿中没有指标行</translation>
    </message>
    <message>
        <source>the sheet is blank</source>
        <translation>工作表为空</translation>
    </message>
    <message>
        <source>分值 or 得分</source>
        <translation>分值或得分</translation>
    </message>
    <message>
        <source>required columns missing from the header: {columns}</source>
        <translation>表头缺少必需的列：{columns}</translation>
    </message>
    <message>
        <source>PRO_CODE is blank</source>
        <translation>PRO_CODE 为空</translation>
    </message>
    <message>
        <source>project {code} is named “{name}” here but “{first}” on row {row}</source>
        <translation>项目 {code} 此处名称为“{name}”，但第 {row} 行为“{first}”</translation>
    </message>
    <message>
        <source>indicator “{name}” is listed twice for project {code} (first on row {row})</source>
        <translation>项目 {code} 的指标“{name}”重复填写（首次出现在第 {row} 行）</translation>
    </message>
    <message>
        <source>formula {formula} has no saved value: open and save the file in Excel first</source>
        <translation>公式 {formula} 没有保存的计算结果：请先用 Excel 打开并保存文件</translation>
    </message>
    <message>
        <source>the amount cell is merged with {cell}: unmerge it and type the amount</source>
        <translation>金额单元格与 {cell} 合并：请取消合并并填写金额</translation>
    </message>
    <message>
        <source>no money unit in the headers: amounts read in 万元</source>
        <translation>表头未注明金额单位：按万元读取</translation>
    </message>
    <message>
        <source>indicator values without a 三级指标 name</source>
        <translation>有指标值但没有三级指标名称</translation>
    </message>
    <message>
        <source>no project code on the sheet</source>
        <translation>工作表中没有项目编码</translation>
    </message>
    <message>
        <source>no indicator header (一级指标 / 三级指标) found: not a self-evaluation table</source>
        <translation>未找到指标表头（一级指标 / 三级指标）：不是绩效自评表</translation>
    </message>
    <message>
        <source>no money header (全年预算数 / 全年执行数) found above the indicators</source>
        <translation>指标区上方未找到资金表头（全年预算数 / 全年执行数）</translation>
    </message>
    <message>
        <source>the project name (项目名称) is missing</source>
        <translation>缺少项目名称</translation>
    </message>
    <message>
        <source>no indicator rows under the header</source>
        <translation>表头下没有指标行</translation>
    </message>
    <message>
        <source>project code {code} already used on sheet {sheet}</source>
        <translation>项目编码 {code} 已在工作表 {sheet} 中使用</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>printed in the imported table</source>
        <translation>导入表中填报的得分</translation>
    </message>
    <message>
        <source>{name}: printed score {score} is below 0</source>
        <translation>{name}：原表得分{score}小于0</translation>
    </message>
    <message>
        <source>{name}: printed score {score} is outside 0–{points}</source>
        <translation>{name}：表中得分 {score} 不在 0–{points} 之间</translation>
    </message>
    <message>
        <source>预算执行率</source>
        <translation>预算执行率</translation>
    </message>
    <message>
        <source>{subject}: printed {printed}, computed {computed} — {explanation}</source>
        <translation>{subject}：表中 {printed}，计算 {computed} — {explanation}</translation>
    </message>
    <message>
        <source>总分</source>
        <translation>总分</translation>
    </message>
    <message>
        <source>the sum of the computed line scores</source>
        <translation>各项计算得分之和</translation>
    </message>
    <message>
        <source>Reading workbooks</source>
        <translation>正在读取工作簿</translation>
    </message>
    <message>
        <source>Scoring {name}</source>
        <translation>正在评分：{name}</translation>
    </message>
    <message>
        <source>Writing self-evaluations</source>
        <translation>正在写入自评</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>the same project is also on sheet {sheet}</source>
        <translation>同一项目也出现在工作表 {sheet} 中</translation>
    </message>
    <message>
        <source>{code}: the self-evaluation is under spot-check review and cannot be replaced</source>
        <translation>{code}：该自评正在抽查复核中，不能替换</translation>
    </message>
    <message>
        <source>project {code} is not in the database (year {year})</source>
        <translation>项目 {code} 不在数据库中（{year}年度）</translation>
    </message>
    <message>
        <source>any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>several projects match {code}: give the year or the project code</source>
        <translation>有多个项目与 {code} 匹配：请指定年度或项目编码</translation>
    </message>
</context>
<context>
    <name>ServerBackup</name>
    <message>
        <source>Back up the server database</source>
        <translation>备份服务器数据库</translation>
    </message>
    <message>
        <source>Backup written: {path}
Restore it on the server with pg_restore.</source>
        <translation>备份已写入：{path}
请在服务器上用 pg_restore 恢复。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Interface</source>
        <translation>界面</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Rule sets</source>
        <translation>规则方案</translation>
    </message>
    <message>
        <source>Save rule settings</source>
        <translation>保存规则设置</translation>
    </message>
    <message>
        <source>Restore official defaults</source>
        <translation>恢复官方默认值</translation>
    </message>
    <message>
        <source>Start from a rule set</source>
        <translation>从规则方案开始</translation>
    </message>
    <message>
        <source>Fill in its parameters</source>
        <translation>填入该方案的参数</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>规则方案</translation>
    </message>
    <message>
        <source>Source: {source}. It sets {n} parameters; the others keep their values, and you may change any of them before saving.</source>
        <translation>来源：{source}。该方案设置 {n} 个参数，其余参数保持不变；保存前可修改任一参数。</translation>
    </message>
    <message>
        <source>Unsaved changes (marked *): save them or they are lost.</source>
        <translation>有未保存的修改（标有 *）：请保存，否则修改将丢失。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Save the changed rule settings?</source>
        <translation>是否保存已修改的规则设置？</translation>
    </message>
    <message>
        <source>Not a number: {value}</source>
        <translation>不是数字：{value}</translation>
    </message>
</context>
<context>
    <name>SheetTab</name>
    <message>
        <source>Level 1</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>二级指标</translation>
    </message>
    <message>
        <source>Level 3</source>
        <translation>三级指标</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Computed as</source>
        <translation>计算方式</translation>
    </message>
    <message>
        <source>Target (%)</source>
        <translation>目标值（%）</translation>
    </message>
    <message>
        <source>Numerator</source>
        <translation>分子</translation>
    </message>
    <message>
        <source>Denominator</source>
        <translation>分母</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Reason for lost points</source>
        <translation>扣分原因</translation>
    </message>
    <message>
        <source>Computation</source>
        <translation>计算过程</translation>
    </message>
    <message>
        <source>Save and score</source>
        <translation>保存并评分</translation>
    </message>
    <message>
        <source>Total: {score} points, grade {grade}</source>
        <translation>总分 {score}，等级 {grade}</translation>
    </message>
    <message>
        <source>Not scored yet: every line needs its figures or a score.</source>
        <translation>尚未评分：每项指标都需要填写数据或得分。</translation>
    </message>
    <message>
        <source>by the evaluator</source>
        <translation>评价人员评分</translation>
    </message>
</context>
<context>
    <name>SpotCheck</name>
    <message>
        <source>there is no budget year {year}</source>
        <translation>没有 {year} 预算年度</translation>
    </message>
    <message>
        <source>no scored self-evaluations in {year}: score them first</source>
        <translation>{year}年没有已评分的自评：请先评分</translation>
    </message>
    <message>
        <source>{name}: review score {score} is outside 0–{points}</source>
        <translation>{name}：复核评分{score}不在0–{points}分之间</translation>
    </message>
    <message>
        <source>{name}: not applicable, not counted: it takes no review score</source>
        <translation>{name}：不适用，不计分，不填复核评分</translation>
    </message>
    <message>
        <source>spot-check item {id} does not exist</source>
        <translation>抽查项 {id} 不存在</translation>
    </message>
    <message>
        <source>the lines add up to {sum}; execution rate {rate}%: the review total is capped at {cap}, as the self score was</source>
        <translation>各项复核得分合计{sum}分；预算执行率{rate}%：复核总分与自评一样封顶为{cap}分</translation>
    </message>
    <message>
        <source>not applicable: not counted in the self score, nor in the review</source>
        <translation>不适用：自评不计分，复核也不计分</translation>
    </message>
    <message>
        <source>the item has not been reviewed yet</source>
        <translation>该项尚未复核</translation>
    </message>
</context>
<context>
    <name>SpotCheckTab</name>
    <message>
        <source>Draw sample</source>
        <translation>抽取样本</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Drawn because</source>
        <translation>抽取原因</translation>
    </message>
    <message>
        <source>Self score</source>
        <translation>自评得分</translation>
    </message>
    <message>
        <source>Review score</source>
        <translation>复核得分</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差异</translation>
    </message>
    <message>
        <source>Review score ranks</source>
        <translation>以复核分排名</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <source>Related</source>
        <translation>与项目相关</translation>
    </message>
    <message>
        <source>Survey done</source>
        <translation>已开展调查</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Sampled</source>
        <translation>抽取数</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已复核</translation>
    </message>
    <message>
        <source>Mean absolute difference</source>
        <translation>平均绝对差异</translation>
    </message>
    <message>
        <source>Save review</source>
        <translation>保存复核</translation>
    </message>
    <message>
        <source>Use the review score for ranking</source>
        <translation>以复核得分参加排名</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>{n} self-evaluation(s) in the sample</source>
        <translation>样本中有 {n} 份自评</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复核</translation>
    </message>
    <message>
        <source>Conclusion:</source>
        <translation>复核结论：</translation>
    </message>
</context>
<context>
    <name>StandardDialog</name>
    <message>
        <source>Expenditure standard</source>
        <translation>支出标准</translation>
    </message>
    <message>
        <source>Code (标准编号)</source>
        <translation>标准编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>标准名称</translation>
    </message>
    <message>
        <source>Unit (e.g. 元/人·天)</source>
        <translation>计量单位（如 元/人·天）</translation>
    </message>
    <message>
        <source>Basis (测算依据)</source>
        <translation>测算依据</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Applies to (适用项目)</source>
        <translation>适用项目</translation>
    </message>
    <message>
        <source>Department code</source>
        <translation>部门编码</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>标准值</translation>
    </message>
    <message>
        <source>Valid from year</source>
        <translation>起始年度</translation>
    </message>
    <message>
        <source>Valid to year</source>
        <translation>截止年度</translation>
    </message>
</context>
<context>
    <name>StandardFinder</name>
    <message>
        <source>Words of the code, name, basis, source or projects</source>
        <translation>按标准编号、名称、测算依据、来源或适用项目查询</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部层级</translation>
    </message>
    <message>
        <source>Only valid in the chosen year</source>
        <translation>仅显示所选年度有效的标准</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>标准编号</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准名称</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>层级</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>标准值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>测算依据</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用项目</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门编码</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始年度</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止年度</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>引用次数</translation>
    </message>
    <message>
        <source>{n} standards</source>
        <translation>共 {n} 条</translation>
    </message>
</context>
<context>
    <name>StandardPicker</name>
    <message>
        <source>Choose an expenditure standard</source>
        <translation>选择支出标准</translation>
    </message>
</context>
<context>
    <name>Standards</name>
    <message>
        <source>The standard needs a code (标准编号).</source>
        <translation>须填写标准编号。</translation>
    </message>
    <message>
        <source>The standard needs a name.</source>
        <translation>须填写标准名称。</translation>
    </message>
    <message>
        <source>Not an allowed level: {value}</source>
        <translation>层级“{value}”不可用。</translation>
    </message>
    <message>
        <source>The value must be a number of zero or more.</source>
        <translation>标准值须为大于或等于零的数。</translation>
    </message>
    <message>
        <source>A department standard (部门特色) needs the department code (部门编码).</source>
        <translation>部门特色标准须填写部门编码。</translation>
    </message>
    <message>
        <source>The last year is before the first year.</source>
        <translation>截止年度早于起始年度。</translation>
    </message>
    <message>
        <source>Another standard already has the code {code}.</source>
        <translation>已有其他标准使用编号 {code}。</translation>
    </message>
    <message>
        <source>No standard {id}.</source>
        <translation>没有标准 {id}。</translation>
    </message>
    <message>
        <source>{n} cost item(s) follow the standard {code} {name}: it cannot be deleted. Give it a last year instead.</source>
        <translation>有 {n} 项分项成本依据标准 {code} {name}，不能删除；可为其填写截止年度。</translation>
    </message>
</context>
<context>
    <name>StandardsImport</name>
    <message>
        <source>{value} is not one of {choices}.</source>
        <translation>“{value}”不是以下之一：{choices}。</translation>
    </message>
    <message>
        <source>An industry quota (行业定额) needs its sector (行业).</source>
        <translation>行业定额标准须填写行业。</translation>
    </message>
    <message>
        <source>A department standard (部门特色) needs the department code (部门编码).</source>
        <translation>部门特色标准须填写部门编码。</translation>
    </message>
    <message>
        <source>The last year is before the first year.</source>
        <translation>截止年度早于起始年度。</translation>
    </message>
    <message>
        <source>The code {code} is already on row {row}.</source>
        <translation>标准编号 {code} 已在第 {row} 行出现。</translation>
    </message>
</context>
<context>
    <name>StandardsTab</name>
    <message>
        <source>New standard…</source>
        <translation>新增标准…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>修改…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Import from Excel…</source>
        <translation>从 Excel 导入…</translation>
    </message>
    <message>
        <source>Export to Excel…</source>
        <translation>导出到 Excel…</translation>
    </message>
    <message>
        <source>Expenditure standards</source>
        <translation>支出标准库</translation>
    </message>
    <message>
        <source>Import expenditure standards</source>
        <translation>导入支出标准</translation>
    </message>
    <message>
        <source>{added} added, {updated} updated, {unchanged} unchanged.</source>
        <translation>新增 {added} 条，更新 {updated} 条，{unchanged} 条不变。</translation>
    </message>
    <message>
        <source>Export expenditure standards</source>
        <translation>导出支出标准</translation>
    </message>
    <message>
        <source>{n} standards written to {path}</source>
        <translation>已将 {n} 条支出标准写入 {path}</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Projects and indicators</source>
        <translation>项目和指标</translation>
    </message>
    <message>
        <source>Bring in the projects of the first budget year from the budget system&apos;s export, or start empty and enter them by hand later.</source>
        <translation>从预算管理一体化系统导出的项目表导入起始年度的项目，或先建空库，以后手工录入。</translation>
    </message>
    <message>
        <source>Import the budget system&apos;s project export (xlsx or CSV)</source>
        <translation>导入一体化系统导出的项目表（xlsx 或 CSV）</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>建空库</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <source>Load the shipped indicator library (1,119 indicators)</source>
        <translation>载入随软件提供的指标库（1,119 条）</translation>
    </message>
    <message>
        <source>The budget system&apos;s export</source>
        <translation>一体化系统项目表</translation>
    </message>
    <message>
        <source>Nothing was created:</source>
        <translation>未创建任何数据：</translation>
    </message>
</context>
<context>
    <name>Survey</name>
    <message>
        <source>Use an .xlsx workbook or a .csv file.</source>
        <translation>请使用 .xlsx 工作簿或 .csv 文件。</translation>
    </message>
    <message>
        <source>The file is blank.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>The question {question} appears twice (also column {other}).</source>
        <translation>问题“{question}”出现了两次（另见 {other} 列）。</translation>
    </message>
    <message>
        <source>The question is longer than {n} characters.</source>
        <translation>问题超过 {n} 个字符。</translation>
    </message>
    <message>
        <source>The header row names no question: one column per question, headed by the question.</source>
        <translation>表头中没有问题：每个问题占一列，表头写问题内容。</translation>
    </message>
    <message>
        <source>An answer in a column without a heading.</source>
        <translation>该列没有表头，却填写了答案。</translation>
    </message>
    <message>
        <source>More than {n} respondents.</source>
        <translation>受访者超过 {n} 人。</translation>
    </message>
    <message>
        <source>The file has no respondent below the header.</source>
        <translation>表头下没有受访者数据。</translation>
    </message>
    <message>
        <source>The answer {value} is not one of 非常满意, 满意, 基本满意, 不满意, 非常不满意 (or 5 to 1); leave it blank when not answered.</source>
        <translation>答案“{value}”不是非常满意、满意、基本满意、不满意、非常不满意（或 5 至 1）之一；未作答请留空。</translation>
    </message>
</context>
<context>
    <name>SurveyExpertsTab</name>
    <message>
        <source>Question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>有效回答</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>未作答</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Import questionnaires…</source>
        <translation>导入问卷…</translation>
    </message>
    <message>
        <source>seed (empty: a new one)</source>
        <translation>随机种子（留空则新生成）</translation>
    </message>
    <message>
        <source>field (empty: any)</source>
        <translation>专业领域（留空则不限）</translation>
    </message>
    <message>
        <source>Draw experts</source>
        <translation>抽取专家</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>抽取时间</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>Experts drawn</source>
        <translation>抽中专家</translation>
    </message>
    <message>
        <source>Left out (conflict)</source>
        <translation>回避（利益关系）</translation>
    </message>
    <message>
        <source>Experts</source>
        <translation>抽取人数</translation>
    </message>
    <message>
        <source>Import questionnaires</source>
        <translation>导入问卷</translation>
    </message>
    <message>
        <source>Questionnaires (*.xlsx *.csv)</source>
        <translation>问卷（*.xlsx *.csv）</translation>
    </message>
    <message>
        <source>{n} respondents; overall satisfaction {rate}%.</source>
        <translation>受访者 {n} 人；总体满意度 {rate}%。</translation>
    </message>
</context>
<context>
    <name>TargetBrowser</name>
    <message>
        <source>Targets</source>
        <translation>绩效目标</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>现行</translation>
    </message>
    <message>
        <source>Adjustment reason</source>
        <translation>调整原因</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Transition</source>
        <translation>状态变化</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
</context>
<context>
    <name>TargetChecks</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警示</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>RULES §2, 齐河 target guideline (seed 002)</source>
        <translation>规则 §2，齐河绩效目标编制指引（种子 002）</translation>
    </message>
    <message>
        <source>RULES §2, MOF 2020 measures (财预〔2020〕10号)</source>
        <translation>规则 §2，财政部 2020 年办法（财预〔2020〕10号）</translation>
    </message>
    <message>
        <source>RULES §2, common target defects found in review practice</source>
        <translation>规则 §2，审核实践中常见的目标缺陷</translation>
    </message>
    <message>
        <source>The first-level group(s) {levels} are missing ({part} indicators).</source>
        <translation>缺少一级指标：{levels}（{part}指标）。</translation>
    </message>
    <message>
        <source>“{level1}” is not a first-level indicator (成本, 产出, 效益, 满意度指标).</source>
        <translation>“{level1}”不是一级指标（成本、产出、效益、满意度指标）。</translation>
    </message>
    <message>
        <source>“{level2}” does not belong under {level1} (allowed: {allowed}).</source>
        <translation>“{level2}”不属于{level1}（可选：{allowed}）。</translation>
    </message>
    <message>
        <source>No target value.</source>
        <translation>未填指标值。</translation>
    </message>
    <message>
        <source>comparison</source>
        <translation>指标性质</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>度量单位</translation>
    </message>
    <message>
        <source>Quantitative indicator without its {missing}.</source>
        <translation>定量指标缺少{missing}。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The basis of the value (历史/行业/计划标准) is not recorded.</source>
        <translation>未填写指标值确定依据（历史/行业/计划标准）。</translation>
    </message>
    <message>
        <source>No weight (分值).</source>
        <translation>未填分值。</translation>
    </message>
    <message>
        <source>Weights add up to {total}, not {expected}.</source>
        <translation>分值合计为 {total}，应为 {expected}。</translation>
    </message>
    <message>
        <source>{level} weights add up to {total}, the usual share is {expected}.</source>
        <translation>{level}分值合计为 {total}，通常为 {expected}。</translation>
    </message>
    <message>
        <source>The project has negative external effects but no 社会成本指标 or 生态环境成本指标.</source>
        <translation>项目有负外部性，但未设置社会成本指标或生态环境成本指标。</translation>
    </message>
    <message>
        <source>Target {value} is below last year&apos;s actual {last}.</source>
        <translation>目标值 {value} 低于上年实际完成值 {last}。</translation>
    </message>
    <message>
        <source>Target {value} allows more than last year&apos;s actual {last} of a lower-is-better indicator.</source>
        <translation>目标值{value}宽于上年实际完成值{last}（该指标越低越好）。</translation>
    </message>
    <message>
        <source>“{text}” is vague: state a level or a number that can be checked.</source>
        <translation>“{text}”表述模糊：请写明可检验的等级或数值。</translation>
    </message>
    <message>
        <source>“{name}” measures the quality of the output: file it under 产出指标/质量指标.</source>
        <translation>“{name}”衡量的是产出质量：应列入产出指标/质量指标。</translation>
    </message>
    <message>
        <source>“{name}” measures {what}: file it under 产出指标/{expected}, not {level2}.</source>
        <translation>“{name}”衡量的是{what}，应归入产出指标/{expected}，而非{level2}。</translation>
    </message>
    <message>
        <source>a count or an amount of output</source>
        <translation>产出的数量</translation>
    </message>
    <message>
        <source>the quality of the output</source>
        <translation>产出的质量</translation>
    </message>
    <message>
        <source>timeliness</source>
        <translation>完成的时效</translation>
    </message>
    <message>
        <source>Satisfaction “{name}” is filed under {level1}: it belongs under 满意度指标.</source>
        <translation>满意度“{name}”列在{level1}下：应列入满意度指标。</translation>
    </message>
    <message>
        <source>“{name}” is an amount of money, not a quantity of output: state what the money buys, or use a cost indicator.</source>
        <translation>“{name}”是资金金额而非产出数量：请写明资金形成的产出，或改用成本指标。</translation>
    </message>
    <message>
        <source>“{name}” is under both 产出指标 and 效益指标; it can score only once.</source>
        <translation>“{name}”同时列在产出指标和效益指标中，只能计分一次。</translation>
    </message>
    <message>
        <source>The annual goal repeats the medium-term goal: state what this year achieves.</source>
        <translation>年度目标照抄中期目标：请写明本年度要完成的目标。</translation>
    </message>
    <message>
        <source>The annual goal speaks of several years: it looks like the medium-term goal.</source>
        <translation>年度目标涉及多个年度：看起来是中期目标。</translation>
    </message>
    <message>
        <source>First-level groups present</source>
        <translation>一级指标齐全</translation>
    </message>
    <message>
        <source>Second level matches the first level</source>
        <translation>二级指标与一级指标相符</translation>
    </message>
    <message>
        <source>Third level matches its second level</source>
        <translation>三级指标与二级指标相符</translation>
    </message>
    <message>
        <source>Comparison, value and unit complete</source>
        <translation>指标性质、指标值和度量单位完整</translation>
    </message>
    <message>
        <source>Basis of the value recorded</source>
        <translation>已填写指标值确定依据</translation>
    </message>
    <message>
        <source>Weights add up to the total</source>
        <translation>分值合计正确</translation>
    </message>
    <message>
        <source>Weights per first level</source>
        <translation>各一级指标分值</translation>
    </message>
    <message>
        <source>Negative externality has a cost indicator</source>
        <translation>有负外部性的项目设置了成本指标</translation>
    </message>
    <message>
        <source>Target not below last year&apos;s actual</source>
        <translation>目标值不低于上年实际</translation>
    </message>
    <message>
        <source>No vague wording without a measurable value</source>
        <translation>无不可衡量的模糊表述</translation>
    </message>
    <message>
        <source>Quality not filed under effect</source>
        <translation>质量指标未误列为效益指标</translation>
    </message>
    <message>
        <source>Satisfaction not used as effect</source>
        <translation>满意度未误列为效益指标</translation>
    </message>
    <message>
        <source>Quantity indicator is not money</source>
        <translation>数量指标不是金额</translation>
    </message>
    <message>
        <source>Same indicator not under output and effect</source>
        <translation>同一指标未同时列入产出和效益</translation>
    </message>
    <message>
        <source>Annual goal not copied from the medium-term goal</source>
        <translation>年度目标未照抄中期目标</translation>
    </message>
    <message>
        <source>medium-term</source>
        <translation>中期</translation>
    </message>
    <message>
        <source>annual</source>
        <translation>年度</translation>
    </message>
</context>
<context>
    <name>TargetEditor</name>
    <message>
        <source>Part</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Level 1</source>
        <translation>一级指标</translation>
    </message>
    <message>
        <source>Level 2</source>
        <translation>二级指标</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>三级指标</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>指标性质</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>指标值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>度量单位</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Value basis</source>
        <translation>指标值确定依据</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>审核提示</translation>
    </message>
    <message>
        <source>Annual goal</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <source>Medium-term goal</source>
        <translation>中期目标</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>From library…</source>
        <translation>从指标库选取…</translation>
    </message>
    <message>
        <source>Delete row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Copy from last year</source>
        <translation>复制上年目标</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>报送</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>审核通过</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>退回</translation>
    </message>
    <message>
        <source>Adjust (目标调整)</source>
        <translation>目标调整</translation>
    </message>
    <message>
        <source>Status: {status}, version {version}</source>
        <translation>状态：{status}，第 {version} 版</translation>
    </message>
    <message>
        <source>Select a project first.</source>
        <translation>请先选择一个项目。</translation>
    </message>
    <message>
        <source>This project is not linked to a project of last year.</source>
        <translation>本项目没有关联上年项目。</translation>
    </message>
    <message>
        <source>Only submitted targets can be approved or returned.</source>
        <translation>只有已报送的绩效目标才能审核通过或退回。</translation>
    </message>
    <message>
        <source>Only approved targets can be adjusted.</source>
        <translation>只有已审核的绩效目标才能进行目标调整。</translation>
    </message>
    <message>
        <source>Rule: {rule}
Source: {source}</source>
        <translation>规则：{rule}
依据：{source}</translation>
    </message>
    <message>
        <source>Weights: {levels}; total {total}</source>
        <translation>分值：{levels}；合计 {total}</translation>
    </message>
    <message>
        <source>Last year&apos;s project has no targets.</source>
        <translation>上年项目没有绩效目标。</translation>
    </message>
    <message>
        <source>Changes against last year</source>
        <translation>与上年相比的变化</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>没有变化。</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>绩效目标</translation>
    </message>
    <message>
        <source>Comment (required)</source>
        <translation>意见（必填）</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>原因（必填）</translation>
    </message>
</context>
<context>
    <name>TargetImport</name>
    <message>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>The file is {size} MB, larger than the {limit} MB accepted; split it into smaller workbooks.</source>
        <translation>文件大小为 {size} MB，超过可接受的 {limit} MB；请拆分为较小的工作簿。</translation>
    </message>
    <message>
        <source>More than {n} rows.</source>
        <translation>超过 {n} 行。</translation>
    </message>
    <message>
        <source>The sheet is blank: delete it or fill it in.</source>
        <translation>工作表是空的：请删除或填写。</translation>
    </message>
    <message>
        <source>Neither a flat list (a header row with PRO_CODE and 三级指标) nor a 项目支出绩效目标申报表.</source>
        <translation>既不是平面清单（表头含 PRO_CODE 和三级指标），也不是项目支出绩效目标申报表。</translation>
    </message>
    <message>
        <source>{what} must be a number, not “{value}”.</source>
        <translation>{what}必须是数字，不能是“{value}”。</translation>
    </message>
    <message>
        <source>指标类型 must be 年度 or 中期, not “{value}”.</source>
        <translation>指标类型必须是年度或中期，不能是“{value}”。</translation>
    </message>
    <message>
        <source>{column} is empty.</source>
        <translation>{column}为空。</translation>
    </message>
    <message>
        <source>指标性质 must be ≥, ≤, =, 定性 or empty, not “{value}”.</source>
        <translation>指标性质必须是 ≥、≤、=、定性或空，不能是“{value}”。</translation>
    </message>
    <message>
        <source>指标值确定依据 must be 历史标准, 行业标准, 计划标准 or 其他, not “{value}”.</source>
        <translation>指标值确定依据必须是历史标准、行业标准、计划标准或其他，不能是“{value}”。</translation>
    </message>
    <message>
        <source>分值 cannot be negative ({value}).</source>
        <translation>分值不能为负数（{value}）。</translation>
    </message>
    <message>
        <source>Required column(s) missing: {columns}.</source>
        <translation>缺少必填列：{columns}。</translation>
    </message>
    <message>
        <source>FISCAL_YEAR must be a year such as 2025, not “{value}”.</source>
        <translation>FISCAL_YEAR 必须是年份（如 2025），不能是“{value}”。</translation>
    </message>
    <message>
        <source>FISCAL_YEAR is empty.</source>
        <translation>FISCAL_YEAR 为空。</translation>
    </message>
    <message>
        <source>PRO_CODE is empty.</source>
        <translation>PRO_CODE 为空。</translation>
    </message>
    <message>
        <source>{column} differs from the project&apos;s first row {row}: write it once.</source>
        <translation>{column}与该项目第 {row} 行不同：只需填写一次。</translation>
    </message>
    <message>
        <source>The declaration form lacks: {rows}.</source>
        <translation>申报表缺少：{rows}。</translation>
    </message>
    <message>
        <source>The year line （20XX年度） is missing under the title.</source>
        <translation>标题下缺少年度行（20XX年度）。</translation>
    </message>
    <message>
        <source>项目编码 is empty.</source>
        <translation>项目编码为空。</translation>
    </message>
    <message>
        <source>中期资金 cannot be negative ({value}).</source>
        <translation>中期资金不能为负数（{value}）。</translation>
    </message>
    <message>
        <source>Project {code} ({year}) appears again; first in sheet {sheet} row {row}.</source>
        <translation>项目 {code}（{year} 年）重复出现；首次出现在工作表 {sheet} 第 {row} 行。</translation>
    </message>
    <message>
        <source>Project {code}: indicator “{name}” is listed twice.</source>
        <translation>项目 {code}：指标“{name}”重复列出。</translation>
    </message>
    <message>
        <source>Project {code} does not exist in {year}.</source>
        <translation>{year} 年没有项目 {code}。</translation>
    </message>
    <message>
        <source>Project {code}: {reason}</source>
        <translation>项目 {code}：{reason}</translation>
    </message>
</context>
<context>
    <name>Targets</name>
    <message>
        <source>Checking targets</source>
        <translation>正在审核绩效目标</translation>
    </message>
    <message>
        <source>Annual goal</source>
        <translation>年度目标</translation>
    </message>
    <message>
        <source>No such target.</source>
        <translation>没有该绩效目标。</translation>
    </message>
    <message>
        <source>No such project.</source>
        <translation>没有该项目。</translation>
    </message>
    <message>
        <source>The target is approved and locked: changes need a formal adjustment (目标调整).</source>
        <translation>绩效目标已审核并锁定：修改须走目标调整程序。</translation>
    </message>
    <message>
        <source>The target is submitted for review and locked until it is returned.</source>
        <translation>绩效目标已报送审核，退回前不能修改。</translation>
    </message>
    <message>
        <source>A target in status {status} cannot become {to}.</source>
        <translation>状态为{status}的绩效目标不能变为{to}。</translation>
    </message>
    <message>
        <source>Cannot submit: {message}</source>
        <translation>不能报送：{message}</translation>
    </message>
    <message>
        <source>A comment is required when returning a target.</source>
        <translation>退回绩效目标必须填写意见。</translation>
    </message>
    <message>
        <source>Only the approved version in force can be adjusted.</source>
        <translation>只能调整现行的已审核版本。</translation>
    </message>
    <message>
        <source>A reason is required for a target adjustment.</source>
        <translation>目标调整必须填写原因。</translation>
    </message>
    <message>
        <source>Nothing was imported. Put those indicators back in the file, or confirm that their progress may go (command line: --drop-progress).</source>
        <translation>未导入任何内容。请把这些指标补回文件中，或确认可以删除其监控进度（命令行：--drop-progress）。</translation>
    </message>
    <message>
        <source>Project {code}: indicator “{name}” is not in the file; importing it would delete its {progress} monitoring progress row(s) and unlink {lines} self-evaluation line(s).</source>
        <translation>项目 {code}：文件中没有指标“{name}”；导入将删除其 {progress} 条监控进度记录，并解除 {lines} 条自评记录与它的关联。</translation>
    </message>
    <message>
        <source>Project {code}: indicator “{name}” was not in the file and was removed with its {progress} monitoring progress row(s); {lines} self-evaluation line(s) unlinked (the backup taken before the import still holds them).</source>
        <translation>项目 {code}：文件中没有指标“{name}”，已删除该指标及其 {progress} 条监控进度记录，{lines} 条自评记录已解除关联（导入前的备份中仍保留这些记录）。</translation>
    </message>
    <message>
        <source>No unit with code {code}.</source>
        <translation>没有编码为 {code} 的单位。</translation>
    </message>
    <message>
        <source>Workbook read</source>
        <translation>已读取工作簿</translation>
    </message>
    <message>
        <source>Writing targets</source>
        <translation>正在写入绩效目标</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <source>Projects and targets</source>
        <translation>项目与绩效目标</translation>
    </message>
    <message>
        <source>Review queue</source>
        <translation>审核队列</translation>
    </message>
    <message>
        <source>Checks and Excel</source>
        <translation>检查与导入导出</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Open the file</source>
        <translation>打开文件</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>打开所在文件夹</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>Edit unit</source>
        <translation>编辑单位</translation>
    </message>
    <message>
        <source>New unit</source>
        <translation>新增单位</translation>
    </message>
    <message>
        <source>(top of the tree)</source>
        <translation>（顶层）</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>单位编码</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <source>Division code (财政区划)</source>
        <translation>财政区划代码</translation>
    </message>
</context>
<context>
    <name>UnitTree</name>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>{code} (retired)</source>
        <translation>{code}（已停用）</translation>
    </message>
    <message>
        <source>Townships</source>
        <translation>乡镇（街道）</translation>
    </message>
</context>
<context>
    <name>UnitsTab</name>
    <message>
        <source>Units</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Departments (主管部门), their budget units and the townships, by unit code. A unit that projects or other units refer to is retired, not deleted.</source>
        <translation>主管部门及其预算单位、乡镇（街道），按单位编码排列。已有项目或下属单位的单位只能停用，不能删除。</translation>
    </message>
    <message>
        <source>Unit code</source>
        <translation>单位编码</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>上级单位</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>项目数</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>New unit…</source>
        <translation>新增单位…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>移动…</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Reactivate</source>
        <translation>恢复使用</translation>
    </message>
    <message>
        <source>(top of the tree)</source>
        <translation>（顶层）</translation>
    </message>
    <message>
        <source>Move unit</source>
        <translation>移动单位</translation>
    </message>
    <message>
        <source>Place {name} under:</source>
        <translation>将“{name}”移到：</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <source>file {file}</source>
        <translation>文件 {file}</translation>
    </message>
    <message>
        <source>sheet {sheet}</source>
        <translation>工作表 {sheet}</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>第 {row} 行</translation>
    </message>
    <message>
        <source>column {column}</source>
        <translation>{column} 列</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>The file cannot be read as an Excel workbook (.xlsx): it is damaged, encrypted or of another format. Open it in Excel or WPS, save it as .xlsx again and import that.</source>
        <translation>文件已损坏、加密或不是 Excel 工作簿（.xlsx），无法读取。请用 Excel 或 WPS 打开后另存为 .xlsx 再导入。</translation>
    </message>
</context>
<context>
    <name>ValueText</name>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>strict sign &gt; read as ≥</source>
        <translation>“&gt;”按“≥”理解</translation>
    </message>
    <message>
        <source>strict sign &lt; read as ≤</source>
        <translation>“&lt;”按“≤”理解</translation>
    </message>
    <message>
        <source>大于 read as ≥</source>
        <translation>“大于”按“≥”理解</translation>
    </message>
    <message>
        <source>小于 read as ≤</source>
        <translation>“小于”按“≤”理解</translation>
    </message>
    <message>
        <source>“{text}” read as level {level}</source>
        <translation>“{text}”按档次“{level}”理解</translation>
    </message>
    <message>
        <source>period compared by its end {end}</source>
        <translation>时间段按截止时间 {end} 比较</translation>
    </message>
    <message>
        <source>month read as its last day {day}</source>
        <translation>月份按当月最后一天 {day} 理解</translation>
    </message>
    <message>
        <source>date without 前 read as a deadline (≤)</source>
        <translation>未写“前”的日期按截止时限（≤）理解</translation>
    </message>
    <message>
        <source>unit {alias} read as {unit}</source>
        <translation>单位“{alias}”按“{unit}”理解</translation>
    </message>
    <message>
        <source>每{per} read as the unit per {per}</source>
        <translation>“每{per}”按“/{per}”单位理解</translation>
    </message>
    <message>
        <source>range read as at least its lower end {low}</source>
        <translation>区间按不低于下限 {low} 理解</translation>
    </message>
    <message>
        <source>{word} read as {sign}</source>
        <translation>“{word}”按“{sign}”理解</translation>
    </message>
    <message>
        <source>sign {sign} on an actual value ignored</source>
        <translation>完成值上的符号 {sign} 已忽略</translation>
    </message>
    <message>
        <source>value not understood: “{text}” needs a person</source>
        <translation>无法识别的值：“{text}”需人工判断</translation>
    </message>
    <message>
        <source>“{text}” read as a qualitative value</source>
        <translation>“{text}”读作定性指标值</translation>
    </message>
    <message>
        <source>ratio {ratio} read as {percent}%</source>
        <translation>比值 {ratio} 按 {percent}% 理解</translation>
    </message>
    <message>
        <source>{value}{unit} converted to {target_unit}</source>
        <translation>{value}{unit} 已换算为 {target_unit}</translation>
    </message>
</context>
<context>
    <name>WhatIfBox</name>
    <message>
        <source>What if (not saved until you save a draft)</source>
        <translation>试算（保存为草稿前不会保存）</translation>
    </message>
    <message>
        <source>Last-place elimination</source>
        <translation>末位淘汰（冠县）</translation>
    </message>
    <message>
        <source>By grade</source>
        <translation>按等级（达州）</translation>
    </message>
    <message>
        <source>Round up</source>
        <translation>向上取整</translation>
    </message>
    <message>
        <source>Round half up</source>
        <translation>四舍五入</translation>
    </message>
    <message>
        <source>Round down</source>
        <translation>向下取整</translation>
    </message>
    <message>
        <source>Rank within each supervising department</source>
        <translation>各主管部门分别排名</translation>
    </message>
    <message>
        <source>Ties at the cut line share its treatment</source>
        <translation>与分界线同分的项目同等处理</translation>
    </message>
    <message>
        <source>Rule set</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Bottom share (%)</source>
        <translation>后位比例（%）</translation>
    </message>
    <message>
        <source>Minimum cut (%)</source>
        <translation>最低压减比例（%）</translation>
    </message>
    <message>
        <source>Bottom count</source>
        <translation>后位数取整</translation>
    </message>
    <message>
        <source>Smallest list whose last place is cancelled</source>
        <translation>自动取消最后一位的最小排名组</translation>
    </message>
</context>
<context>
    <name>Workbook</name>
    <message>
        <source>The workbook has no visible sheet.</source>
        <translation>工作簿中没有可见的工作表。</translation>
    </message>
    <message>
        <source>Part {part} of the workbook would unpack to {size} MB ({ratio:.0f} times its packed size; at most {limit} MB and {max_ratio} times are read): the file is damaged or built to exhaust memory, and was not read.</source>
        <translation>工作簿中的部件 {part} 解压后将达 {size} MB（为压缩后大小的 {ratio:.0f} 倍；最多读取 {limit} MB、{max_ratio} 倍）：文件已损坏或是为耗尽内存而构造的，未读取。</translation>
    </message>
    <message>
        <source>The workbook would unpack to {size} MB, more than the {limit} MB read: the file is damaged or built to exhaust memory, and was not read.</source>
        <translation>工作簿解压后将达 {size} MB，超过可读取的 {limit} MB：文件已损坏或是为耗尽内存而构造的，未读取。</translation>
    </message>
    <message>
        <source>Not an Excel workbook (.xlsx), or the file is damaged.</source>
        <translation>不是 Excel 工作簿（.xlsx），或文件已损坏。</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <source>The workbook is damaged and cannot be read: save it again in Excel.</source>
        <translation>工作簿已损坏，无法读取：请用 Excel 重新保存。</translation>
    </message>
    <message>
        <source>The sheet is damaged and cannot be read: save the workbook again in Excel.</source>
        <translation>工作表已损坏，无法读取：请用 Excel 重新保存工作簿。</translation>
    </message>
    <message>
        <source>The cell holds a formula: enter the value itself (copy, then paste values).</source>
        <translation>单元格中是公式：请填写数值本身（复制后选择性粘贴为数值）。</translation>
    </message>
    <message>
        <source>The formula has no saved value: open the file in Excel and save it again.</source>
        <translation>公式没有保存的计算结果：请用 Excel 打开文件并重新保存。</translation>
    </message>
    <message>
        <source>Merged cells {range}: unmerge them and fill in every cell.</source>
        <translation>合并单元格 {range}：请取消合并并逐格填写。</translation>
    </message>
    <message>
        <source>The cell holds the Excel error {value}: correct it or type the value.</source>
        <translation>单元格中是 Excel 错误值 {value}：请改正公式或直接填写数值。</translation>
    </message>
    <message>
        <source>The cell holds the control character U+{code:04X}, which cannot be stored or printed: delete it.</source>
        <translation>单元格中有控制字符 U+{code:04X}，无法保存或打印：请删除。</translation>
    </message>
    <message>
        <source>The text has {length} characters, more than the {limit} this field holds: shorten it.</source>
        <translation>文字有 {length} 个字符，超过该栏目可容纳的 {limit} 个：请精简。</translation>
    </message>
    <message>
        <source>The text is neither UTF-8 nor GBK.</source>
        <translation>文本既不是 UTF-8 编码也不是 GBK 编码。</translation>
    </message>
    <message>
        <source>The file holds a NUL byte (on line {line}): it is not a plain CSV text file.</source>
        <translation>文件中有空字符（NUL，第 {line} 行）：不是纯文本 CSV 文件。</translation>
    </message>
    <message>
        <source>A quoted field runs from line {first} to line {last}: a quote (&quot;) is left open. Close it, or remove the line breaks inside the field.</source>
        <translation>一个带引号的字段从第 {first} 行延续到第 {last} 行：有引号（&quot;）未闭合。请补上引号，或删除字段中的换行。</translation>
    </message>
    <message>
        <source>Line {line} is not valid CSV: a quote (&quot;) is probably left open.</source>
        <translation>第 {line} 行不是有效的 CSV：可能有引号（&quot;）未闭合。</translation>
    </message>
    <message>
        <source>The line has {n} fields but the header has {width}: a comma or quote is missing or extra.</source>
        <translation>该行有 {n} 个字段，而表头有 {width} 个：逗号或引号缺少或多余。</translation>
    </message>
</context>
<context>
    <name>Years</name>
    <message>
        <source>Budget year {year} created (empty: no earlier year to carry from).</source>
        <translation>预算年度 {year} 已创建（空白年度：没有可结转的上一年度）。</translation>
    </message>
    <message>
        <source>Budget year {year} created from {source}: {carried} projects carried, {copied} approved targets copied as drafts.</source>
        <translation>预算年度 {year} 已创建，承接 {source} 年度：结转项目 {carried} 个，已审核目标 {copied} 个复制为草稿。</translation>
    </message>
    <message>
        <source>Not carried (one-off, ended or retired): {n}</source>
        <translation>未结转（一次性、已到期或已停用）：{n} 个</translation>
    </message>
    <message>
        <source>Carried without an approved target to copy: {n}</source>
        <translation>已结转但没有可复制的已审核目标：{n} 个</translation>
    </message>
    <message>
        <source>Budgets of the new year start at zero: import the budget system&apos;s export for {year}.</source>
        <translation>新年度预算数暂为零：请导入 {year} 年度的一体化系统项目表。</translation>
    </message>
    <message>
        <source>The budget year {year} already exists.</source>
        <translation>预算年度 {year} 已存在。</translation>
    </message>
    <message>
        <source>There is no budget year {year} to start from.</source>
        <translation>没有可承接的 {year} 预算年度。</translation>
    </message>
    <message>
        <source>The new year must come after {year}.</source>
        <translation>新年度必须晚于 {year} 年度。</translation>
    </message>
</context>
</TS>
