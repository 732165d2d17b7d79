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
        <name>App</name>
        <message>
            <source>PerfDesk</source>
            <translation>绩效通</translation>
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
        <message>
            <source>performance targets: import, export, check</source>
            <translation>绩效目标：导入、导出、审核</translation>
        </message>
        <message>
            <source>import targets from a workbook (all or nothing)</source>
            <translation>从工作簿导入绩效目标（全部成功或全部不写入）</translation>
        </message>
        <message>
            <source>export targets to a workbook</source>
            <translation>将绩效目标导出为工作簿</translation>
        </message>
        <message>
            <source>only this unit (all units when omitted)</source>
            <translation>仅此单位（省略时为全部单位）</translation>
        </message>
        <message>
            <source>budget year (default: the latest)</source>
            <translation>预算年度（默认最新年度）</translation>
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
            <source>Imported: {created} new, {updated} changed, {unchanged} unchanged ({n} indicators written).</source>
            <translation>已导入：新增 {created} 个，修改 {updated} 个，未变 {unchanged} 个（写入 {n} 条指标）。</translation>
        </message>
        <message>
            <source>{n} projects written to {path}</source>
            <translation>已将 {n} 个项目写入 {path}</translation>
        </message>
        <message>
            <source>{n} finding(s).</source>
            <translation>共 {n} 条问题。</translation>
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
        <message>
            <source>Achieved</source>
            <translation>达成</translation>
        </message>
        <message>
            <source>Partly achieved</source>
            <translation>部分达成</translation>
        </message>
        <message>
            <source>Not achieved</source>
            <translation>未达成</translation>
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
        <name>Money</name>
        <message>
            <source>not an amount: {text}</source>
            <translation>不是有效金额：{text}</translation>
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
            <source>Indicator weights leave room for the budget execution points</source>
            <translation>指标分值为预算执行率分值留出空间</translation>
        </message>
        <message>
            <source>On: indicators carry 100 minus the execution points (90 by default)</source>
            <translation>开启时：指标分值合计为 100 减去预算执行率分值（默认 90）</translation>
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
            <source>JSON, e.g. {"value_basis": "info", "weights_by_level": "off"}; severities error, warning, info, off</source>
            <translation>JSON，例如 {"value_basis": "info", "weights_by_level": "off"}；级别可为 error、warning、info、off</translation>
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
            <source>Review practice (RULES §5)</source>
            <translation>复核通行做法</translation>
        </message>
        <message>
            <source>Over-completion above (%) of the target loses no points in review</source>
            <translation>复核时超额完成目标（%）以上不扣分</translation>
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
            <source>Character “{char}” (U+{code:04X}) in “{text}” is not in the font {font} or any fallback font: it cannot be printed.</source>
            <translation>“{text}”中的字符“{char}”（U+{code:04X}）不在字体 {font} 及任何后备字体中，无法打印。</translation>
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
            <translation>未开展调查而填报满意度：0 分</translation>
        </message>
        <message>
            <source>completion {percent}% is above {threshold}%: over-completion loses no points</source>
            <translation>完成率 {percent}% 高于 {threshold}%：超额完成不扣分</translation>
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
            <source>Refresh</source>
            <translation>刷新</translation>
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
            <translation>评为优但执行率低于阈值</translation>
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
            <translation>执行率 {rate}%：总分 {total} 封顶为 {cap}</translation>
        </message>
        <message>
            <source>{explanation}; × {factor} rescaled to 100 without not-applicable lines = {score}</source>
            <translation>{explanation}；剔除不适用指标后 × {factor} 折算为百分制 = {score}</translation>
        </message>
        <message>
            <source>{subject}: a score set by hand needs a reason</source>
            <translation>{subject}：手工设定的得分须说明理由</translation>
        </message>
        <message>
            <source>{subject}: score {score} set by hand is outside 0–{points}</source>
            <translation>{subject}：手工设定的得分 {score} 超出 0–{points}</translation>
        </message>
        <message>
            <source>budget execution</source>
            <translation>预算执行</translation>
        </message>
        <message>
            <source>{subject}: score {score} kept by hand, reason: {reason}</source>
            <translation>{subject}：保留手工得分 {score}，理由：{reason}</translation>
        </message>
        <message>
            <source>{name}: not applicable, not counted</source>
            <translation>{name}：不适用，不计分</translation>
        </message>
        <message>
            <source>{name}: points {points} on a 其中 sub-row are not counted twice</source>
            <translation>{name}：其中行的分值 {points} 不重复计算</translation>
        </message>
        <message>
            <source>computed total is the sum of the rounded line scores</source>
            <translation>计算总分为各行取整后得分之和</translation>
        </message>
        <message>
            <source>total</source>
            <translation>总分</translation>
        </message>
        <message>
            <source>grade of the computed total {total}</source>
            <translation>计算总分 {total} 对应的等级</translation>
        </message>
        <message>
            <source>grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>{subject}: printed {printed}, computed {computed} ({explanation})</source>
            <translation>{subject}：表上 {printed}，计算 {computed}（{explanation}）</translation>
        </message>
        <message>
            <source>printed total {printed} differs from the sum of the printed lines {sum}</source>
            <translation>表上总分 {printed} 与各行得分之和 {sum} 不符</translation>
        </message>
        <message>
            <source>budget execution rate cannot be computed (no budget or no spending): 0 points</source>
            <translation>无法计算预算执行率（无预算或无支出）：0 分</translation>
        </message>
        <message>
            <source>spent {spent} / budget {budget} = {rate}%; {points} points × min({rate}%, 100%) = {score}</source>
            <translation>执行数 {spent} / 预算数 {budget} = {rate}%；{points} 分 × min({rate}%, 100%) = {score}</translation>
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
            <translation>年度资金总额为零或空：按其中各行之和取数</translation>
        </message>
        <message>
            <source>the 指标性质 column says {column} but the value says {value}: the column is used</source>
            <translation>指标性质列为 {column}，但指标值为 {value}：以指标性质列为准</translation>
        </message>
        <message>
            <source>target</source>
            <translation>目标值</translation>
        </message>
        <message>
            <source>actual</source>
            <translation>实际值</translation>
        </message>
        <message>
            <source>{role} “{raw}”: {note}</source>
            <translation>{role}“{raw}”：{note}</translation>
        </message>
        <message>
            <source>units differ: target in {target_unit}, actual in {actual_unit}</source>
            <translation>单位不一致：目标值单位 {target_unit}，实际值单位 {actual_unit}</translation>
        </message>
        <message>
            <source>qualitative line without a level (达成 / 部分达成 / 未达成): 0 of {points} points</source>
            <translation>定性指标未填等级（达成 / 部分达成 / 未达成）：{points} 分得 0 分</translation>
        </message>
        <message>
            <source>numeric target {target} but the actual is the word “{actual}”: 0 of {points} points, needs a judgement</source>
            <translation>目标值为数值 {target}，实际值却是文字“{actual}”：{points} 分得 0 分，需人工判断</translation>
        </message>
        <message>
            <source>no actual value: 0 of {points} points</source>
            <translation>无实际值：{points} 分得 0 分</translation>
        </message>
        <message>
            <source>actual “{actual}” meets the deadline {deadline}: full {points} points</source>
            <translation>实际“{actual}”满足时限 {deadline}：得满分 {points} 分</translation>
        </message>
        <message>
            <source>actual “{actual}” does not meet the deadline {deadline}: 0 of {points} points, needs a judgement</source>
            <translation>实际“{actual}”未满足时限 {deadline}：{points} 分得 0 分，需人工判断</translation>
        </message>
        <message>
            <source>score {pick} is outside the band {low}–{high} for level {level}</source>
            <translation>得分 {pick} 超出等级 {level} 的区间 {low}–{high}</translation>
        </message>
        <message>
            <source>level {level}: band {low}–{high} of {points} points, evaluator's score {score}</source>
            <translation>等级 {level}：{points} 分的 {low}–{high} 区间，评价人打分 {score}</translation>
        </message>
        <message>
            <source>level {level}: band {low}–{high} of {points} points, top of band {score}</source>
            <translation>等级 {level}：{points} 分的 {low}–{high} 区间，取区间上限 {score}</translation>
        </message>
        <message>
            <source>no score picked inside the band for level {level}: top of band used, please confirm</source>
            <translation>等级 {level} 未在区间内打分：暂取区间上限，请确认</translation>
        </message>
        <message>
            <source>no target value: 0 of {points} points</source>
            <translation>无目标值：{points} 分得 0 分</translation>
        </message>
        <message>
            <source>actual {actual} {sign} target {target}: met, full {points} points</source>
            <translation>实际值 {actual} {sign} 目标值 {target}：已完成，得满分 {points} 分</translation>
        </message>
        <message>
            <source>actual {actual} / target {target} × {points} points = {score}</source>
            <translation>实际值 {actual} / 目标值 {target} × {points} 分 = {score}</translation>
        </message>
        <message>
            <source>target is {target}: check that the target was really set</source>
            <translation>目标值为 {target}：请核实目标是否确已设定</translation>
        </message>
        <message>
            <source>actual {actual} below target {target}: 0 points</source>
            <translation>实际值 {actual} 低于目标值 {target}：0 分</translation>
        </message>
        <message>
            <source>target {target} / actual {actual} × {points} points = {score}</source>
            <translation>目标值 {target} / 实际值 {actual} × {points} 分 = {score}</translation>
        </message>
        <message>
            <source>actual {actual} is {over}% above target {target} (flag at {threshold}%): the target may have been set too low</source>
            <translation>实际值 {actual} 超过目标值 {target} 达 {over}%（提示阈值 {threshold}%）：目标可能设定偏低</translation>
        </message>
        <message>
            <source>{points} points − {deduction} for over-run = {score}</source>
            <translation>{points} 分 − 超额扣分 {deduction} = {score}</translation>
        </message>
        <message>
            <source>points add up to {sum}, not {total}: check the table (not normalised)</source>
            <translation>分值合计为 {sum}，不是 {total}：请核对表格（未自动折算）</translation>
        </message>
        <message>
            <source>{level1} carries {points} points (default {default})</source>
            <translation>{level1}分值为 {points}（默认 {default}）</translation>
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
            <translation>“{text}”不是金额</translation>
        </message>
        <message>
            <source>年度资金总额</source>
            <translation>年度资金总额</translation>
        </message>
        <message>
            <source>the sheet is blank</source>
            <translation>工作表是空的</translation>
        </message>
        <message>
            <source>required columns missing from the header: {columns}</source>
            <translation>表头缺少必填列：{columns}</translation>
        </message>
        <message>
            <source>PRO_CODE is blank</source>
            <translation>PRO_CODE 为空</translation>
        </message>
        <message>
            <source>project {code} is named “{name}” here but “{first}” on row {row}</source>
            <translation>项目 {code} 在此处名为“{name}”，但第 {row} 行为“{first}”</translation>
        </message>
        <message>
            <source>formula {formula} has no saved value: open and save the file in Excel first</source>
            <translation>公式 {formula} 没有保存的值：请先用 Excel 打开并保存文件</translation>
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
            <translation>工作表上没有项目编码</translation>
        </message>
        <message>
            <source>no indicator header (一级指标 / 三级指标) found: not a self-evaluation table</source>
            <translation>未找到指标表头（一级指标 / 三级指标）：不是自评表</translation>
        </message>
        <message>
            <source>no money header (全年预算数 / 全年执行数) found above the indicators</source>
            <translation>指标上方未找到资金表头（全年预算数 / 全年执行数）</translation>
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
            <source>cannot open the workbook: {error}</source>
            <translation>无法打开工作簿：{error}</translation>
        </message>
        <message>
            <source>project code {code} already used on sheet {sheet}</source>
            <translation>项目编码 {code} 已在工作表 {sheet} 中使用</translation>
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
            <source>Target {value} is below last year's actual {last}.</source>
            <translation>目标值 {value} 低于上年实际完成值 {last}。</translation>
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
            <source>Target not below last year's actual</source>
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
            <source>Last year's project has no targets.</source>
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
            <source>Project {code} does not exist in {year}.</source>
            <translation>{year} 年没有项目 {code}。</translation>
        </message>
        <message>
            <source>Project {code}: {reason}</source>
            <translation>项目 {code}：{reason}</translation>
        </message>
        <message>
            <source>The file does not exist.</source>
            <translation>文件不存在。</translation>
        </message>
        <message>
            <source>The file is {size} MB, larger than the {limit} MB accepted; split it into smaller workbooks.</source>
            <translation>文件大小为 {size} MB，超过可接受的 {limit} MB；请拆分为较小的工作簿。</translation>
        </message>
        <message>
            <source>Not an Excel workbook (.xlsx): {error}</source>
            <translation>不是 Excel 工作簿（.xlsx）：{error}</translation>
        </message>
        <message>
            <source>The cell holds a formula: enter the value itself (copy, then paste values).</source>
            <translation>单元格中是公式：请填写数值本身（复制后选择性粘贴为数值）。</translation>
        </message>
        <message>
            <source>Merged cells {range} in a flat list: unmerge them and fill every row.</source>
            <translation>平面清单中有合并单元格 {range}：请取消合并并逐行填写。</translation>
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
            <source>{column} differs from the project's first row {row}: write it once.</source>
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
            <source>Project {code} ({year}) appears again; first in sheet {sheet} row {row}.</source>
            <translation>项目 {code}（{year} 年）重复出现；首次出现在工作表 {sheet} 第 {row} 行。</translation>
        </message>
        <message>
            <source>Project {code}: indicator “{name}” is listed twice.</source>
            <translation>项目 {code}：指标“{name}”重复列出。</translation>
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
    <context>
        <name>ValueText</name>
        <message>
            <source>; </source>
            <translation>；</translation>
        </message>
        <message>
            <source>strict sign &gt; read as ≥</source>
            <translation>严格符号 &gt; 按 ≥ 读取</translation>
        </message>
        <message>
            <source>strict sign &lt; read as ≤</source>
            <translation>严格符号 &lt; 按 ≤ 读取</translation>
        </message>
        <message>
            <source>大于 read as ≥</source>
            <translation>“大于”按 ≥ 读取</translation>
        </message>
        <message>
            <source>小于 read as ≤</source>
            <translation>“小于”按 ≤ 读取</translation>
        </message>
        <message>
            <source>grade {word} read as level {level}</source>
            <translation>等级“{word}”按{level}读取</translation>
        </message>
        <message>
            <source>“{text}” read as level {level}</source>
            <translation>“{text}”按{level}读取</translation>
        </message>
        <message>
            <source>period compared by its end {end}</source>
            <translation>期间按截止日 {end} 比较</translation>
        </message>
        <message>
            <source>month read as its last day {day}</source>
            <translation>月份按最后一天 {day} 读取</translation>
        </message>
        <message>
            <source>date without 前 read as a deadline (≤)</source>
            <translation>未写“前”的日期按截止时限（≤）读取</translation>
        </message>
        <message>
            <source>unit {alias} read as {unit}</source>
            <translation>单位“{alias}”按 {unit} 读取</translation>
        </message>
        <message>
            <source>每{per} read as the unit per {per}</source>
            <translation>“每{per}”按单位“/{per}”读取</translation>
        </message>
        <message>
            <source>range read as at least its lower end {low}</source>
            <translation>区间按不低于下限 {low} 读取</translation>
        </message>
        <message>
            <source>{word} read as {sign}</source>
            <translation>“{word}”按 {sign} 读取</translation>
        </message>
        <message>
            <source>sign {sign} on an actual value ignored</source>
            <translation>实际值上的符号 {sign} 已忽略</translation>
        </message>
        <message>
            <source>value not understood: “{text}” needs a person</source>
            <translation>无法识别的值：“{text}”需人工处理</translation>
        </message>
        <message>
            <source>ratio {ratio} read as {percent}%</source>
            <translation>比率 {ratio} 按 {percent}% 读取</translation>
        </message>
        <message>
            <source>{value}{unit} converted to {target_unit}</source>
            <translation>{value}{unit} 已换算为 {target_unit}</translation>
        </message>
    </context>
</TS>
