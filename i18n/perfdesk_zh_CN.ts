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
            <source>About PerfDesk</source>
            <translation>关于绩效通</translation>
        </message>
    </context>
    <context>
        <name>Backup</name>
        <message>
            <source>{path} is not a PerfDesk database: {error}</source>
            <translation>{path} 不是绩效通数据库：{error}</translation>
        </message>
        <message>
            <source>{path} is damaged: {error}</source>
            <translation>{path} 已损坏：{error}</translation>
        </message>
        <message>
            <source>{path} is not a PerfDesk database.</source>
            <translation>{path} 不是绩效通数据库。</translation>
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
            <source>PerfDesk: budget performance management</source>
            <translation>绩效通：预算绩效管理</translation>
        </message>
        <message>
            <source>open a temporary database, migrate, print one PDF and exit</source>
            <translation>打开临时数据库、执行升级、生成一份PDF后退出</translation>
        </message>
        <message>
            <source>Error: {message}</source>
            <translation>错误：{message}</translation>
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
            <source>Database: {url}</source>
            <translation>数据库：{url}</translation>
        </message>
        <message>
            <source>Schema version: {rev} (this program: {head})</source>
            <translation>数据库结构版本：{rev}（本程序：{head}）</translation>
        </message>
        <message>
            <source>No database at {path}</source>
            <translation>{path} 处没有数据库</translation>
        </message>
        <message>
            <source>Backup written: {path}</source>
            <translation>已写入备份：{path}</translation>
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
            <source>Reported (category of one)</source>
            <translation>仅报告（类别仅一个项目）</translation>
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
            <source>Administrator</source>
            <translation>系统管理员</translation>
        </message>
        <message>
            <source>Finance bureau</source>
            <translation>财政部门</translation>
        </message>
        <message>
            <source>Reviewer</source>
            <translation>评审人员</translation>
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
            <source>An unexpected error occurred. Your saved data is safe; the last action may not have been completed. The details were written to crash.log in the data folder.</source>
            <translation>发生了意外错误。已保存的数据是安全的，最后一步操作可能没有完成。详细信息已写入数据文件夹中的 crash.log。</translation>
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
            <source>Evaluation</source>
            <translation>绩效评价</translation>
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
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Open database…</source>
            <translation>打开数据库(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Backup and restore…</source>
            <translation>备份与恢复(&amp;B)…</translation>
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
        <name>Money</name>
        <message>
            <source>not an amount: {text}</source>
            <translation>不是有效金额：{text}</translation>
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
            <source>Open database</source>
            <translation>打开数据库</translation>
        </message>
        <message>
            <source>PerfDesk databases (*.db);;All files (*)</source>
            <translation>绩效通数据库 (*.db);;所有文件 (*)</translation>
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
            <source>General</source>
            <translation>通用</translation>
        </message>
        <message>
            <source>County (issuing authority) name</source>
            <translation>县（发文机关）名称</translation>
        </message>
        <message>
            <source>Pattern that unit codes must match (regular expression, empty = any)</source>
            <translation>单位编码格式（正则表达式，留空表示不限）</translation>
        </message>
        <message>
            <source>RULES §1: codes are opaque; a county may configure a pattern</source>
            <translation>编码来自预算管理一体化系统，可按本县规则设置格式</translation>
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
            <source>Warn when a target is below last year's actual by more than (%)</source>
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
            <source>菏泽 puts a lag of 40 points or more under key monitoring</source>
            <translation>菏泽对落后40个百分点以上的项目实施重点监控</translation>
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
            <source>Wording of the 'impossible' likelihood</source>
            <translation>“不能完成”的表述</translation>
        </message>
        <message>
            <source>Require a reason and measure unless the target is certain to be met</source>
            <translation>除“确定能”外，须填写原因及改进措施</translation>
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
            <source>One province's rule</source>
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
            <source>Over-completion up to (%) loses no points in review</source>
            <translation>复核时超额完成在（%）以内不扣分</translation>
        </message>
        <message>
            <source>Review practice (RULES §5)</source>
            <translation>复核通行做法</translation>
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
            <source>Minimum cut of this year's budget (%)</source>
            <translation>按本年预算的最低压减比例（%）</translation>
        </message>
        <message>
            <source>Cancel the last project of each category</source>
            <translation>每类最后一名原则上取消</translation>
        </message>
        <message>
            <source>Smallest category in which the last place is cancelled</source>
            <translation>取消最后一名的类别最少项目数</translation>
        </message>
        <message>
            <source>Projects tied at the cut line share its treatment</source>
            <translation>与临界名次同分的项目同等处理</translation>
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
            <source>Support from score</source>
            <translation>予以支持的最低分</translation>
        </message>
        <message>
            <source>Support after adjustment from score</source>
            <translation>调整后支持的最低分</translation>
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
            <source>Printed wording of 'impossible'</source>
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
            <source>Save rule settings</source>
            <translation>保存规则设置</translation>
        </message>
        <message>
            <source>Restore official defaults</source>
            <translation>恢复官方默认值</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Not a number: {value}</source>
            <translation>不是数字：{value}</translation>
        </message>
    </context>
    <context>
        <name>Tasks</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>UnitTree</name>
        <message>
            <source>All units</source>
            <translation>全部单位</translation>
        </message>
        <message>
            <source>Townships</source>
            <translation>乡镇（街道）</translation>
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
    </context>
</TS>
