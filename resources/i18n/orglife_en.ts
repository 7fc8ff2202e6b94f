<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../../ui/meetings/amend_dialog.py" line="+14"/>
        <source>保存更正</source>
        <translation>Save amendment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>例如：记录人笔误，更正发言人姓名</source>
        <translation>e.g. a slip by the minute-taker; a speaker&apos;s name corrected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>改了什么</source>
        <translation>What was changed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>此记录已定稿。更正会连同时间、理由一起保留在记录中。</source>
        <translation>This record is finalised. The amendment is kept in the record together with its time and reason.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>更正理由 *</source>
        <translation>Reason for the amendment *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>更正内容摘要</source>
        <translation>Summary of the amendment</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>请填写更正理由</source>
        <translation>Please give the reason for the amendment</translation>
    </message>
</context>
<context>
    <name>ArchivePage</name>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="+66"/>
        <source>档号</source>
        <translation>Archive code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年度归档时，每份记录的档号形如 J012-WS·2025-Y-DZB-0007。全宗号可向本单位档案室询问；不清楚可先空着。</source>
        <translation>Archived records get codes such as J012-WS·2025-Y-DZB-0007. Ask your unit&apos;s archive office for the fonds number; if unsure, leave it empty for now.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>例如：J012</source>
        <translation>e.g. J012</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>全宗号</source>
        <translation>Fonds number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>机构代码</source>
        <translation>Organisation code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/archive.py" line="+36"/>
        <source>归档文件目录（Word、Excel、PDF，含档号和页数）</source>
        <translation>Archive file list (Word, Excel, PDF, with archive codes and page counts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每份会议记录和谈话记录的 Word 和 PDF 文件，以档号和题名命名</source>
        <translation>Each meeting and talk record as Word and PDF, named by archive code and title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全年记录合订本 PDF（按日期排序，连续页码），便于一次打印</source>
        <translation>All the year&apos;s records in one PDF (by date, pages numbered through) to print in one go</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年度组织生活落实情况报告（Word，另附供上级系统读取的数据文件）</source>
        <translation>Yearly report on organisational life (Word, with a data file for the higher organisation&apos;s system)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出席情况统计（Excel：每名党员各类会议的出席次数和出席率）</source>
        <translation>Attendance statistics (Excel: each member&apos;s attendance count and rate for each kind of meeting)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全年数据文件（其他程序也能读取），以及每个文件的校验码清单：可据此核对档案是否完整、未被改动</source>
        <translation>The year&apos;s data file (other programs can read it), and a list of every file&apos;s checksum to verify that the archive is complete and unchanged</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>选择档案存放的文件夹</source>
        <translation>Choose the folder for the archive</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>生成年度档案</source>
        <translation>Build the yearly archive</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>打开档案所在文件夹</source>
        <translation>Open the archive&apos;s folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>锁定该年度…</source>
        <translation>Lock this year…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>另存一份带密码的压缩包（AES 加密），用于报送上级</source>
        <translation>Also save a password-protected zip (AES encrypted) to send to the higher organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本机的记录设置了密码锁，但年度档案（文件夹和 zip）是交给上级的普通文件，不加密，任何拿到它的人都能读到其中的记录（包括批评和自我批评）。报送时可用带密码的压缩包，并把密码另行告诉接收人。</source>
        <translation>The records on this computer are protected by a password, but the yearly archive (folder and zip) is a set of ordinary files for the higher Party organisation: it is not encrypted, and anyone who gets it can read its records (criticism and self-criticism included). To send it, use the password-protected zip and give the recipient the password separately.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>每年 1 月 10 日前向上级党组织报送上一年度的完整档案。生成的档案包括：</source>
        <translation>Every year before 10 January, send the complete archive of the past year to the higher Party organisation. The archive contains:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>存放到</source>
        <translation>Save to</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+65"/>
        <source>年度归档</source>
        <translation>Yearly archive</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>{0} 年度共有{1}、{2}。</source>
        <translation>In {0} there are {1} and {2}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>会议记录 %n 份</source>
        <translation>
            <numerusform>%n meeting record</numerusform>
            <numerusform>%n meeting records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>谈心谈话记录 %n 份</source>
        <translation>
            <numerusform>%n heart-to-heart talk record</numerusform>
            <numerusform>%n heart-to-heart talk records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>其中 %n 份会议记录尚未定稿：请先核对定稿，草稿在档案中标注为“草稿”。</source>
        <translation>
            <numerusform>Of these, %n meeting record is not finalised: please check and finalise it first; drafts are marked &quot;Draft&quot; in the archive.</numerusform>
            <numerusform>Of these, %n meeting records are not finalised: please check and finalise them first; drafts are marked &quot;Draft&quot; in the archive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>{0} 年度还有 %n 份会议记录是草稿，尚未定稿：
{1}{2}

归档的应是定稿的记录。建议先到“会议记录”逐份核对定稿。
仍要现在生成吗？（草稿将在每一页和目录中标注“草稿”）</source>
        <translation>
            <numerusform>In {0}, %n meeting record is still a draft, not finalised:
{1}{2}

The archive should hold finalised records. Please check and finalise it in &quot;Meeting records&quot; first.
Build the archive now anyway? (Drafts will be marked &quot;Draft&quot; on every page and in the contents list.)</numerusform>
            <numerusform>In {0}, %n meeting records are still drafts, not finalised:
{1}{2}

The archive should hold finalised records. Please check and finalise them one by one in &quot;Meeting records&quot; first.
Build the archive now anyway? (Drafts will be marked &quot;Draft&quot; on every page and in the contents list.)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+108"/>
        <source>{0} 年度已锁定，%n 份草稿随之定稿。</source>
        <translation>
            <numerusform>{0} is locked; %n draft was finalised with it.</numerusform>
            <numerusform>{0} is locked; %n drafts were finalised with it.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-127"/>
        <source>{0} 年度已锁定：记录只能以更正方式修改。</source>
        <translation>{0} is locked: records can only be changed by an amendment.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} 年度未锁定。归档后可锁定该年度，防止记录被改动。</source>
        <translation>{0} is not locked. After archiving you can lock the year so that its records cannot be changed.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>
……共 {0} 份</source>
        <translation>
…{0} in all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>还有草稿</source>
        <translation>Drafts left</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>正在生成 {0} 年度档案…</source>
        <translation>Building the {0} archive…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>正在读取 {0} 年度的记录</source>
        <translation>Reading the records of {0}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>已生成：{0}
同名文件夹在它旁边，可直接刻盘或拷贝报送。</source>
        <translation>Built: {0}
A folder of the same name is next to it, ready to burn to a disc or copy for sending.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
带密码的压缩包（AES 加密）：{0}
请把密码另行告诉接收人，不要和压缩包放在一起。</source>
        <translation>
Password-protected zip (AES encrypted): {0}
Give the recipient the password separately; never send it with the zip.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>年度档案已生成</source>
        <translation>Yearly archive built</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>

年度档案（文件夹和 zip）是普通文件，没有加密。报送后请妥善保管或删除本机的副本。</source>
        <translation>

The yearly archive (folder and zip) is a set of ordinary files, not encrypted. After sending it, keep this computer&apos;s copy safe or delete it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>未能生成档案，见提示。</source>
        <translation>The archive could not be built; see the message.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>锁定后，{0} 年度的草稿将一并定稿，所有记录只能以更正方式（说明理由）修改，谈心谈话记录不能再修改。
建议在生成并报送年度档案后再锁定。确定锁定 {0} 年度吗？</source>
        <translation>Once {0} is locked, its drafts are finalised as well; every record can then only be changed by an amendment (with a reason), and heart-to-heart talk records can no longer be changed.
It is best to lock the year after building and sending the yearly archive. Lock {0} now?</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>锁定年度</source>
        <translation>Lock year</translation>
    </message>
</context>
<context>
    <name>AttachmentsSection</name>
    <message>
        <location filename="../../ui/meetings/attachments.py" line="+48"/>
        <source>可把文件或照片直接拖到这里。签到表扫描件、会议照片、学习材料等都可作为附件。</source>
        <translation>You can drag files or photos here. Scans of the sign-in sheet, meeting photos, study material and so on can all be attached.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本记录已定稿，仍可补充会后才有的签到表扫描件、会议照片等附件（点击“添加附件…”或拖到这里），记录和会议记录中会注明补充的时间；已有的附件不能删除。</source>
        <translation>This record is finalised. You can still add attachments that only exist after the meeting, such as a scan of the sign-in sheet or meeting photos (click &quot;Add attachment…&quot; or drag them here); the record and the minutes note when they were added. Existing attachments cannot be deleted.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“{0}”超过 {1} MB，不能作为附件。请压缩或拆分后再添加。</source>
        <translation>&quot;{0}&quot; is larger than {1} MB and cannot be attached. Please compress or split it, then add it again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>文件太大</source>
        <translation>File too large</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>添加附件</source>
        <translation>Add attachment</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>添加附件…</source>
        <translation>Add attachment…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>定稿后补充
{0}</source>
        <translation>Added after finalising
{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>添加于
{0}</source>
        <translation>Added on
{0}</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>删除附件</source>
        <translation>Delete attachment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>删除附件“{0}”？</source>
        <translation>Delete the attachment &quot;{0}&quot;?</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>无法打开</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>系统没有能打开“{0}”的程序。可以安装相应的软件后再试。</source>
        <translation>This computer has no program that opens &quot;{0}&quot;. Install a suitable program and try again.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>附件已保存</source>
        <translation>Attachment saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}”是可执行文件类型，打开它会运行程序，所以没有直接打开，只保存到了：
{1}
请确认来源可靠后再使用。</source>
        <translation>&quot;{0}&quot; is a type of file that runs a program when opened, so it was not opened, only saved to:
{1}
Make sure it comes from a trusted source before using it.</translation>
    </message>
</context>
<context>
    <name>AttendanceSection</name>
    <message>
        <location filename="../../ui/meetings/attendance.py" line="+40"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>身份</source>
        <translation>Standing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>出席情况</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原因（请假、缺席时填写）</source>
        <translation>Reason (for leave or absence)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>全部出席</source>
        <translation>All present</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>按名册重新生成应到名单</source>
        <translation>Rebuild the expected list from the roster</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>加入</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>移出所选</source>
        <translation>Remove selected</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>加入人员</source>
        <translation>Add people</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>应到 {0} 人，实到 {1} 人；有表决权党员应到 {2} 人，实到 {3} 人</source>
        <translation>Expected {0}, present {1}; members with a vote: expected {2}, present {3}</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../../ui/auto_backup.py" line="+67"/>
        <source>已自动备份并校验：{0}</source>
        <translation>Backed up automatically and checked: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>自动备份未完成：{0}</source>
        <translation>The automatic backup did not finish: {0}</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <location filename="../../ui/widgets/autosave.py" line="+77"/>
        <source>内容过长，未能保存</source>
        <translation>Too long, not saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}。改好之前这些修改不会写入数据库，但仍保留在屏幕上。</source>
        <translation>{0}. Until it is corrected these changes are not written to the database, but they stay on the screen.</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../ui/settings_pages/backups.py" line="+22"/>
        <source>备份与恢复</source>
        <translation>Backup and restore</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>备份文件夹</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>程序每天自动备份一次（退出时也备份），并逐步精简：保留最近 7 天每天一份、8 周每周一份、12 个月每月一份。每份备份都经过校验。可以把备份文件夹设在 U 盘上，防止电脑损坏时一起丢失。</source>
        <translation>The program makes a backup every day (and when it quits), then thins them out: one a day for the last 7 days, one a week for 8 weeks, one a month for 12 months. Every backup is checked. You can put the backup folder on a USB stick, so that a broken computer does not take the backups with it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已有的备份</source>
        <translation>Existing backups</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>恢复所选备份…</source>
        <translation>Restore selected backup…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>恢复：用所选备份替换当前数据库。恢复前，程序先把当前的数据库另做一份备份，再把它改名留在原处，不会删除任何文件。另一处正在打开这个数据库时，恢复会被拒绝。</source>
        <translation>Restore: replaces the current database with the selected backup. Before restoring, the program backs up the current database and keeps it, renamed, where it was: no file is deleted. Restoring is refused while the database is open somewhere else.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>数据保存在服务器上：备份由服务器负责（例如 pg_dump），请与管理服务器的同志联系。</source>
        <translation>The data is kept on a server: the server takes care of backups (e.g. with pg_dump). Please contact the colleague who runs the server.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>（手动）</source>
        <translation> (manual)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>还没有备份。</source>
        <translation>No backups yet.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>备份文件夹所在的位置不存在：{0}。请检查 U 盘是否已插好，或另选文件夹。</source>
        <translation>The location of the backup folder does not exist: {0}. Check that the USB stick is plugged in, or choose another folder.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>已备份并校验：{0}</source>
        <translation>Backed up and checked: {0}</translation>
    </message>
</context>
<context>
    <name>BasicsSection</name>
    <message>
        <location filename="../../ui/meetings/basics.py" line="+49"/>
        <source>第 </source>
        <translation>No. </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> 次</source>
        <translation> of the year</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>单位及职务</source>
        <translation>Unit and post</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>每行一项议程</source>
        <translation>One agenda item per line</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>会议类型</source>
        <translation>Meeting type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会议名称/主题</source>
        <translation>Meeting name/theme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记录标题</source>
        <translation>Record title</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主持人</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>记录人</source>
        <translation>Minute-taker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>党小组</source>
        <translation>Party group</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>党课</source>
        <translation>Party lecture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>主讲人</source>
        <translation>Lecturer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>课题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同时计为（一次活动可计入多项)</source>
        <translation>Also counts as (one activity can count for several)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>列席人员</source>
        <translation>Non-voting attendees</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>添加列席人员</source>
        <translation>Add attendee</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>会议议程</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>按日期编号（第 {0} 次）</source>
        <translation>Number by date (No. {0})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>第 {0} 次已用于{1}的记录，两份记录的标题将相同，请改正编号。</source>
        <translation>No. {0} is already used by the record of {1}: the two records would have the same title. Please correct the number.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>编号按会议日期排定；定稿时固定，之后补录更早的会议也不再改变。</source>
        <translation>Numbers follow the meeting dates; a number is fixed when the record is finalised and does not change when earlier meetings are entered later.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编号已手动改正，定稿时固定。</source>
        <translation>Number corrected by hand; fixed when finalised.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>编号已在定稿时固定。</source>
        <translation>Number fixed when the record was finalised.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“{0}”与{1}的记录标题相同</source>
        <translation>&quot;{0}&quot; has the same title as the record of {1}</translation>
    </message>
</context>
<context>
    <name>BranchChooser</name>
    <message>
        <location filename="../../ui/dialogs/branch_chooser.py" line="+25"/>
        <source>选择党支部</source>
        <translation>Choose Party branch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>这个数据库中有 {0} 个党支部。请选择要打开的党支部（以后启动时直接打开它，可随时点工具栏上的“切换党支部…”更换）：</source>
        <translation>This database has {0} Party branches. Choose the branch to open (it will open directly at next start; change it any time with &quot;Switch Party branch…&quot; on the toolbar):</translation>
    </message>
</context>
<context>
    <name>BranchPage</name>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="-34"/>
        <source>欢迎使用组织生活记录本</source>
        <translation>Welcome to OrgLife</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>先填写党支部的基本信息。这些信息会印在会议记录和年度档案上，以后可在“设置”中修改。</source>
        <translation>First enter your Party branch&apos;s basic details. They are printed on the minutes and the yearly archive, and can be changed later in &quot;Settings&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>例如：中共某某市妇女联合会机关支部委员会</source>
        <translation>e.g. CPC Branch Committee of the Offices of the Women&apos;s Federation of X City</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>例如：市妇联机关党支部</source>
        <translation>e.g. Party branch of the City Women&apos;s Federation offices</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>例如：中共某某市直属机关工作委员会</source>
        <translation>e.g. CPC Working Committee of the Organs Directly under X City</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>党支部全称 *</source>
        <translation>Full name of the Party branch *</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/settings_pages/branch.py" line="+34"/>
        <source>简称</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/settings_pages/branch.py" line="+1"/>
        <source>上级党组织</source>
        <translation>Higher Party organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>先用示例数据试用…</source>
        <translation>Try it with sample data first…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>示例数据是一个虚构的党支部，可以随意试用所有功能，不影响正式数据；下次启动时仍从这里开始填写本支部的信息。</source>
        <translation>The sample data is a made-up Party branch: try every feature freely, your real data is not touched. At the next start you begin here again to enter your own branch&apos;s details.</translation>
    </message>
    <message>
        <location filename="../../ui/settings_pages/branch.py" line="-12"/>
        <source>支部信息</source>
        <translation>Branch details</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>党支部全称</source>
        <translation>Full name of the Party branch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>全宗号（档号用）</source>
        <translation>Fonds number (for archive codes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>机构代码（档号用）</source>
        <translation>Organisation code (for archive codes)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>支部委员会</source>
        <translation>Branch committee</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（空着：用本机的用户名）</source>
        <translation>(empty: this computer&apos;s user name)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>定稿、更正人</source>
        <translation>Finalised/amended by</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>请填写党支部全称：它印在每份会议记录的标题上。</source>
        <translation>Please enter the Party branch&apos;s full name: it is printed in the title of every set of minutes.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}。</source>
        <translation>{0}.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>支部信息已保存</source>
        <translation>Branch details saved</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>支部委员会已保存</source>
        <translation>Branch committee saved</translation>
    </message>
</context>
<context>
    <name>BranchView</name>
    <message>
        <location filename="../../ui/party/branch_view.py" line="+68"/>
        <source>{0}（只读）</source>
        <translation>{0} (read-only)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>只读查看：{0}。这里只显示该支部的记录，不能新建或修改。</source>
        <translation>Read-only view: {0}. Only this branch&apos;s records are shown; nothing can be added or changed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>正在读取该支部的记录…</source>
        <translation>Reading this branch&apos;s records…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>落实情况</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会议记录</source>
        <translation>Meeting records</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>共 {0} 条会议记录，其中草稿 {1} 条</source>
        <translation>{0} meeting records, {1} of them drafts</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <location filename="../../ui/widgets/card_list.py" line="+33"/>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>CardList</name>
    <message>
        <location line="+89"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>删除第 {0} 项？其中的内容将被删除。</source>
        <translation>Delete item {0}? Its contents will be deleted.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0}：第 {1} 项</source>
        <translation>{0}: item {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>共 {0} 项</source>
        <translation>Items: {0}</translation>
    </message>
</context>
<context>
    <name>CellPanel</name>
    <message>
        <location filename="../../ui/home/cell_panel.py" line="+42"/>
        <source>打开所选会议</source>
        <translation>Open selected meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>按模板新建</source>
        <translation>New from template</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>去谈心谈话</source>
        <translation>Go to heart-to-heart talks</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>支委之间未谈：{0} 与 {1}</source>
        <translation>Committee members who have not talked: {0} and {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>未与支委谈话的党员：{0}</source>
        <translation>Member who has not talked with the committee: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已定稿</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>（该年度已归档锁定）</source>
        <translation> (year archived and locked)</translation>
    </message>
</context>
<context>
    <name>CommitteeChangeDialog</name>
    <message>
        <location filename="../../ui/settings_pages/committee_changes.py" line="+43"/>
        <source>记录支部委员会的变化</source>
        <translation>Record a change of the branch committee</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+13"/>
        <source>设立支部委员会</source>
        <translation>Branch committee set up</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>不设支部委员会，只设书记（必要时设副书记）</source>
        <translation>No branch committee, only a secretary (and a deputy if needed)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>自</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>起</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>正式党员 7 人以上的党支部设立支部委员会；不足 7 人的，只设书记，必要时设副书记。请填写换届选举或上级批复的日期。</source>
        <translation>A Party branch with 7 or more full members sets up a branch committee; with fewer than 7 it has only a secretary, and a deputy secretary if needed. Enter the date of the election or of the higher organisation&apos;s approval.</translation>
    </message>
</context>
<context>
    <name>CommitteeChanges</name>
    <message>
        <location line="-21"/>
        <source>{0}起：{1}</source>
        <translation>From {0}: {1}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>记录变化…</source>
        <translation>Record a change…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>现在：设立支部委员会</source>
        <translation>Now: branch committee set up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>现在：不设支部委员会，只设书记</source>
        <translation>Now: no branch committee, only a secretary</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（未记录变化的党支部按设立支部委员会计）</source>
        <translation> (a Party branch with no recorded change counts as having one)</translation>
    </message>
</context>
<context>
    <name>CommitteeTab</name>
    <message>
        <location filename="../../ui/roster/committee_tab.py" line="+42"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>职务</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>任职日期</source>
        <translation>Took office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>离任日期</source>
        <translation>Left office</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>新增任职</source>
        <translation>New post</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>今日离任</source>
        <translation>Leaves office today</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>本届任期至 {0}（任期通常为 3 年）</source>
        <translation>This term ends on {0} (a term is usually 3 years)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>尚未登记在任的支部委员。</source>
        <translation>No committee members in office are registered yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>在任</source>
        <translation>In office</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已离任</source>
        <translation>Left office</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>删除任职</source>
        <translation>Delete post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除这条任职记录？（如只是卸任，请用“今日离任”。）</source>
        <translation>Delete this post record? (If the person only stepped down, use &quot;Leaves office today&quot;.)</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <location filename="../../ui/talks/coverage_view.py" line="+47"/>
        <source>党员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>与支委委员谈话情况</source>
        <translation>Talks with committee members</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>按《中国共产党支部工作条例（试行）》第十九条：支委委员之间、支委委员与党员之间每年至少谈心谈话一次。红色为尚未谈话，点击“未谈”或“登记谈话”即可登记。</source>
        <translation>Under Article 19 of the Regulations on the Work of CPC Branches (Trial): committee members talk with each other, and with every member, at least once a year. Red means no talk yet; click &quot;Not yet&quot; or &quot;Record&quot; to record one.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>支委委员之间</source>
        <translation>Between committee members</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>每名党员与支委委员</source>
        <translation>Each member with the committee members</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>支委委员之间应谈 {0} 对，已谈 {1} 对</source>
        <translation>Between committee members: {0} pairs due, {1} done</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>党员与支委委员应谈 {0} 人，已谈 {1} 人</source>
        <translation>Members with committee members: {0} due, {1} done</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已全部完成</source>
        <translation>All done</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>尚缺 %n 项</source>
        <translation>
            <numerusform>%n still missing</numerusform>
            <numerusform>%n still missing</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}年：{1}。{2}。</source>
        <translation>{0}: {1}. {2}.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>未谈</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>点击登记{0}与{1}的谈话</source>
        <translation>Click to record the talk of {0} with {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>点击打开谈话记录</source>
        <translation>Click to open the talk record</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{0} 与{1}</source>
        <translation>{0} with {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>尚未谈话</source>
        <translation>No talk yet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>（不要求）</source>
        <translation>(not required)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>登记谈话</source>
        <translation>Record</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../ui/dialogs/crash.py" line="+16"/>
        <source>程序出错</source>
        <translation>Program error</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>程序遇到了一个错误。已保存的记录不受影响。
请把下面的详细信息复制给技术支持人员。</source>
        <translation>The program ran into an error. Records already saved are not affected.
Please copy the details below for the technical support staff.</translation>
    </message>
</context>
<context>
    <name>CriticismCard</name>
    <message>
        <location filename="../../ui/orglife/criticism_panel.py" line="+66"/>
        <source>{0}的批评和自我批评</source>
        <translation>Criticism and self-criticism: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>自我批评：查摆的问题和原因</source>
        <translation>Self-criticism: the problems found and their causes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>表态发言：对批评意见的回应和整改打算</source>
        <translation>Response: answer to the criticism and plans for rectification</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>添加批评意见</source>
        <translation>Add a criticism</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>相互批评（收到的批评意见）</source>
        <translation>Mutual criticism (criticism received)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="+50"/>
        <source>请填写日期，例如 2025年3月12日</source>
        <translation>Enter a date, e.g. 12 Mar 2025</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“{0}”的年份不对，请写成 2025年3月12日 这样的日期</source>
        <translation>The year of “{0}” is wrong: write a date such as 12 Mar 2025</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“{0}”不是存在的日期</source>
        <translation>“{0}” is not a real date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“{0}”缺少日，请写成 2025年3月12日 这样的日期</source>
        <translation>“{0}” has no day: write a date such as 12 Mar 2025</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0}：从日历中选择</source>
        <translation>{0}: choose from the calendar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>未填写</source>
        <translation>Not filled in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>如 2025年3月12日</source>
        <translation>e.g. 12 Mar 2025</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>可以写成 2025-03-12、2025/3/12、2025年3月12日 或 20250312</source>
        <translation>You can write 12 Mar 2025, 2025-03-12, 2025/3/12 or 20250312</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>；只知道年月时写 1988.02 或 1988年2月</source>
        <translation>; when only the year and month are known, write Feb 1988 or 1988.02</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>从日历中选择</source>
        <translation>Choose from the calendar</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>DisplayPage</name>
    <message>
        <location filename="../../ui/settings_pages/display.py" line="+18"/>
        <source>显示</source>
        <translation>Display</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <source>文字大小</source>
        <translation>Text size</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <source>颜色</source>
        <translation>Colours</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>跟随系统</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>浅色</source>
        <translation>Light</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>深色</source>
        <translation>Dark</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+4"/>
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>界面语言选定后立即生效（会议记录等文书始终是中文）；文字大小在系统的缩放之上再放大，保存后立即生效。</source>
        <translation>The language takes effect as soon as you choose it (minutes and other documents are always in Chinese); the text size enlarges on top of the system&apos;s scaling and takes effect as soon as you save.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../ui/documents/batch.py" line="+24"/>
        <source>选择存放 PDF 文件的文件夹</source>
        <translation>Choose the folder for the PDF files</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>正在导出 PDF…</source>
        <translation>Exporting PDF…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+45"/>
        <source>导出所选为 PDF</source>
        <translation>Export selected as PDF</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>正在导出：{0}</source>
        <translation>Exporting: {0}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>已取消导出：%n 份记录已导出为 PDF，在 {0}</source>
        <translation>Export cancelled: records exported as PDF so far: %n, in {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已将 %n 份会议记录导出为 PDF，保存在：{0}</source>
        <translation>Meeting records exported as PDF: %n, saved in: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/documents/dialogs.py" line="+15"/>
        <source>Word 文档</source>
        <translation>Word document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF 文件</source>
        <translation>PDF file</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>导出 PDF 文件</source>
        <translation>Export PDF file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出 Word 文档</source>
        <translation>Export Word document</translation>
    </message>
    <message>
        <location filename="../../ui/documents/save.py" line="+49"/>
        <source>已保存到：{0}</source>
        <translation>Saved to: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>文件已保存</source>
        <translation>File saved</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>无法保存</source>
        <translation>Cannot save</translation>
    </message>
</context>
<context>
    <name>DoneDialog</name>
    <message>
        <location filename="../../ui/orglife/done_dialog.py" line="+18"/>
        <source>整改销号</source>
        <translation>Close rectification item</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>整改采取了哪些措施，取得了什么效果</source>
        <translation>What was done to rectify it, and with what result</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>（未填写问题）</source>
        <translation>(no problem entered)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完成日期</source>
        <translation>Date completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>整改结果 *</source>
        <translation>Result of rectification *</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>销号前请填写整改结果</source>
        <translation>Please enter the result of rectification before closing the item</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <location filename="../../ui/orglife/dossier_view.py" line="+64"/>
        <source>新建本年度组织生活会</source>
        <translation>New organisational life meeting for this year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出组织生活会记录…</source>
        <translation>Export the meeting&apos;s record…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印签到表…</source>
        <translation>Print sign-in sheet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>更正已定稿记录</source>
        <translation>Amend finalised record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存更正</source>
        <translation>Save amendment</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>会前，支委委员之间、支委委员和党员之间要普遍开展谈心谈话（第十九条）。</source>
        <translation>Before the meeting, committee members hold heart-to-heart talks with each other and with every member (Article 19).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>前往谈心谈话</source>
        <translation>Go to heart-to-heart talks</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>会后针对查摆出的问题列出整改清单，明确整改措施、责任人和时限，逐项销号。</source>
        <translation>After the meeting, list the problems found as a rectification list, with measures, responsible person and deadline for each, and close the items one by one.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打开整改清单</source>
        <translation>Open the rectification list</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>{0}年还没有组织生活会记录。点击“新建本年度组织生活会”开始准备：征求意见、谈心谈话、对照检查，然后召开会议、列出整改清单。</source>
        <translation>There is no organisational life meeting record for {0} yet. Click &quot;New organisational life meeting for this year&quot; to start preparing: collect opinions, hold heart-to-heart talks, write self-examinations, then hold the meeting and list the rectifications.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>正在更正已定稿的记录，改完后点击“保存更正”并说明理由。</source>
        <translation>Amending a finalised record: when done, click &quot;Save amendment&quot; and give the reason.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本次组织生活会记录已定稿，内容已锁定。如需修改，请点击“更正已定稿记录”。</source>
        <translation>This organisational life meeting record is finalised and locked. To change it, click &quot;Amend finalised record&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已定稿</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>草稿 · 自动保存</source>
        <translation>Draft · saved automatically</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>草稿 · 正在保存…</source>
        <translation>Draft · saving…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>草稿 · 未保存：内容超出限制</source>
        <translation>Draft · not saved: content over the limit</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>草稿 · 已自动保存 {0}</source>
        <translation>Draft · saved automatically {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已自动保存 {0}</source>
        <translation>Saved automatically {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>草稿 · 未能保存，稍后自动重试</source>
        <translation>Draft · not saved; trying again shortly</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>内容过长，未能保存</source>
        <translation>Too long, not saved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0}。改好后再保存更正。</source>
        <translation>{0}. Correct it, then save the amendment.</translation>
    </message>
</context>
<context>
    <name>DutyGrid</name>
    <message>
        <location filename="../../ui/home/duty_grid.py" line="+28"/>
        <source>本年度各项组织生活落实情况</source>
        <translation>Organisational life this year, item by item</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>用方向键选择一格，回车或空格查看这一格的会议记录</source>
        <translation>Use the arrow keys to choose a cell; Enter or Space shows that cell&apos;s meeting records</translation>
    </message>
    <message>
        <location filename="../../ui/home/grid_paint.py" line="+26"/>
        <source>已落实</source>
        <translation>Met</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>缺</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待开展</source>
        <translation>To come</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>本期待办</source>
        <translation>Due now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无需开展</source>
        <translation>Not needed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>支部党员大会</source>
        <translation>General meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支委会</source>
        <translation>Committee meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>党小组会</source>
        <translation>Group meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>党课</source>
        <translation>Party lecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>书记讲党课</source>
        <translation>Secretary&apos;s lecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主题党日</source>
        <translation>Theme day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>组织生活会</source>
        <translation>Org. life meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>民主评议</source>
        <translation>Democratic evaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>谈心谈话</source>
        <translation>Heart-to-heart talks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>第一季度</source>
        <translation>Q1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>第二季度</source>
        <translation>Q2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第三季度</source>
        <translation>Q3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>第四季度</source>
        <translation>Q4</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>均已开展</source>
        <translation>All done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支委之间尚有 {0} 对、党员尚有 {1} 人未谈</source>
        <translation>{0} committee pairs and {1} members not yet talked with</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>全年</source>
        <translation>year</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}（{1}）：{2}，{3}</source>
        <translation>{0} ({1}): {2}. {3}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已开 {0} 次，应开 {1} 次</source>
        <translation>held {0} of {1} required</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已开 {0} 次，本期未设支部委员会</source>
        <translation>held {0}; no branch committee in this period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已开 {0} 次</source>
        <translation>held {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}&#x3000;{1}{2}：{3}（{4}）</source>
        <translation>{0}, {2} {1}: {3} ({4})</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>要求</source>
        <translation>Duty</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>缺（期限已过未开）</source>
        <translation>Missing (deadline passed)</translation>
    </message>
</context>
<context>
    <name>ElectionDialog</name>
    <message>
        <location filename="../../ui/meetings/election_dialog.py" line="+31"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>赞成</source>
        <translation>For</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不赞成</source>
        <translation>Against</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>弃权</source>
        <translation>Abstain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>另选他人</source>
        <translation>Write-in</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>选举：选票和计票结果</source>
        <translation>Election: ballots and count</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>添加候选人</source>
        <translation>Add candidate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>选举</source>
        <translation>Election</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应选人数</source>
        <translation>Seats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第几轮</source>
        <translation>Round</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>发出选票</source>
        <translation>Ballots issued</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>收回</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其中无效</source>
        <translation>Of which invalid</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>选票</source>
        <translation>Ballots</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>监票人</source>
        <translation>Scrutineers</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>计票人</source>
        <translation>Tellers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>委员选举实行差额选举，候选人应多于应选人数的 20%；书记、副书记可以等额选举。赞成票超过应到会有选举权党员的一半才能当选。每张有效选票对每位候选人只计一次。</source>
        <translation>Committee members are elected with more candidates than seats: at least 20% more candidates than seats; the secretary and deputy secretary may be elected with as many candidates as seats. A candidate is elected with votes in favour from more than half of the members with a vote who are expected at the meeting. Each valid ballot counts only once for each candidate.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="+69"/>
        <source>没有权限写入文件：{0}。请先关闭在其他程序中打开的该文件，或换一个保存位置。</source>
        <translation>No permission to write the file: {0}. Close the file if another program has it open, or save to another place.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>磁盘空间不足。请清理磁盘后再试，已输入的内容仍在窗口中。</source>
        <translation>The disk is full. Free some space and try again; what you entered is still in the window.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件操作失败：{0}</source>
        <translation>File operation failed: {0}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>无法完成操作</source>
        <translation>Cannot complete the operation</translation>
    </message>
</context>
<context>
    <name>EvaluationGrid</name>
    <message>
        <location filename="../../ui/orglife/evaluation_grid.py" line="+18"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>评定等次</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>自我评价</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>未评定</source>
        <translation>Not rated</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>得票合计超过参加评议的 {0} 人</source>
        <translation>Votes add up to more than the {0} taking part</translation>
    </message>
</context>
<context>
    <name>EvaluationView</name>
    <message>
        <location filename="../../ui/orglife/evaluation_view.py" line="+45"/>
        <source>开始本年度民主评议</source>
        <translation>Start this year&apos;s democratic evaluation</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+218"/>
        <source>补充名单</source>
        <translation>Complete the list</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>导出测评汇总表…</source>
        <translation>Export the tally sheet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印空白测评表…</source>
        <translation>Print blank evaluation forms…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>更正测评结果</source>
        <translation>Amend the results</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存更正</source>
        <translation>Save amendment</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+160"/>
        <source>放弃更正</source>
        <translation>Discard amendment</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>参加评议人数</source>
        <translation>Taking part</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{0}年还没有民主评议记录。点击“开始本年度民主评议”，按评议当天在册的党员生成测评名单。</source>
        <translation>There is no democratic evaluation record for {0} yet. Click &quot;Start this year&apos;s democratic evaluation&quot; to make the list of members on the roll on the day of the evaluation.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>正在更正测评结果。改完后点击“保存更正”，并说明更正理由。</source>
        <translation>Amending the results. When done, click &quot;Save amendment&quot; and give the reason.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>评议会议已定稿，测评结果已锁定。如需修改，请点击“更正测评结果”。</source>
        <translation>The evaluation meeting is finalised and the results are locked. To change them, click &quot;Amend the results&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>（未关联会议）</source>
        <translation>(no meeting linked)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>评议会议：{0}（{1}）</source>
        <translation>Evaluation meeting: {0} ({1})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0}的得票合计 {1} 票，超过参加评议的 {2} 人</source>
        <translation>The votes for {0} add up to {1}, more than the {2} taking part</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>评为优秀 {0} 人，超过参评党员 {1} 人的三分之一</source>
        <translation>{0} rated excellent: more than a third of the {1} members evaluated</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>参评党员 {0} 人，评为优秀 {1} 人；得票核对无误。</source>
        <translation>{0} members evaluated, {1} rated excellent; the vote counts add up.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>内容过长，未能保存</source>
        <translation>Too long, not saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}。改好后再保存更正。</source>
        <translation>{0}. Correct it, then save the amendment.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>民主评议的更正已保存</source>
        <translation>Amendment of the democratic evaluation saved</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>不保存这次更正吗？所做的修改将被放弃。</source>
        <translation>Discard this amendment? The changes made will be lost.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>民主评议已保存</source>
        <translation>Democratic evaluation saved</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>民主评议</source>
        <translation>Democratic evaluation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>评议当天没有在册党员，请先在党员名册中登记党员。</source>
        <translation>There were no members on the roll on the day of the evaluation. Please enter the members in the member roster first.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>已补充 %n 名党员。</source>
        <translation>
            <numerusform>%n member added.</numerusform>
            <numerusform>%n members added.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名单已包含评议当天在册的全部党员。</source>
        <translation>The list already holds every member on the roll on the day of the evaluation.</translation>
    </message>
</context>
<context>
    <name>ExaminationCard</name>
    <message>
        <location filename="../../ui/orglife/self_exam_panel.py" line="+31"/>
        <source>{0}的对照检查材料</source>
        <translation>Self-examination: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>在此输入或粘贴对照检查材料，也可附加文件</source>
        <translation>Type or paste the self-examination here, or attach a file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>附加文件…</source>
        <translation>Attach file…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>✓ 已提交</source>
        <translation>✓ Submitted</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未提交</source>
        <translation>Not submitted</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>（见附件：{0}）</source>
        <translation>(see attachment: {0})</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="+56"/>
        <source>组织生活记录本 — 首次使用</source>
        <translation>OrgLife — first use</translation>
    </message>
</context>
<context>
    <name>FoldersPage</name>
    <message>
        <location filename="../../ui/settings_pages/folders.py" line="+16"/>
        <source>数据与文件夹</source>
        <translation>Data and folders</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>数据保存在本机：{0}。程序不联网，记录不会上传。</source>
        <translation>The data is kept on this computer: {0}. The program does not go online and records are never uploaded.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>（默认：“文档”文件夹）</source>
        <translation>(default: the &quot;Documents&quot; folder)</translation>
    </message>
    <message>
        <location filename="../../ui/options.py" line="+23"/>
        <source>导出文档的文件夹</source>
        <translation>Folder for exported documents</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>年度档案的存放位置</source>
        <translation>Folder for the yearly archive</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../ui/roster/small_dialogs.py" line="+31"/>
        <source>党小组</source>
        <translation>Party group</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>（未指定）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>组长</source>
        <translation>Group leader</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>成立日期</source>
        <translation>Set up on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>撤销日期</source>
        <translation>Dissolved on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>成立之前、撤销之后，不要求这个党小组开会；不知道成立日期的可以空着。</source>
        <translation>Before it is set up and after it is dissolved, this Party group is not required to meet. If you do not know the date it was set up, leave it empty.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>请填写党小组名称</source>
        <translation>Please enter the Party group&apos;s name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>撤销日期须晚于成立日期</source>
        <translation>The date dissolved must be after the date set up</translation>
    </message>
</context>
<context>
    <name>GroupMoveDialog</name>
    <message>
        <location filename="../../ui/roster/group_move_dialog.py" line="+22"/>
        <source>调整党小组</source>
        <translation>Change Party group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调整到“{0}”，自</source>
        <translation>Moved to &quot;{0}&quot; from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原来填错了，{0}一直在“{1}”</source>
        <translation>It was entered wrongly: {0} has always been in &quot;{1}&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}原在“{1}”。</source>
        <translation>{0} was in &quot;{1}&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>记下调整日期，此前的党小组会仍按原党小组统计。</source>
        <translation>Give the date of the change: earlier Party group meetings still count for the former group.</translation>
    </message>
</context>
<context>
    <name>GroupsTab</name>
    <message>
        <location filename="../../ui/roster/groups_tab.py" line="+28"/>
        <source>党小组</source>
        <translation>Party group</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>组长</source>
        <translation>Group leader</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>在册党员</source>
        <translation>Members on the roll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>成立、撤销</source>
        <translation>Set up, dissolved</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>新增党小组</source>
        <translation>New Party group</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{0}成立</source>
        <translation>Set up {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}撤销</source>
        <translation>Dissolved {0}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>删除党小组</source>
        <translation>Delete Party group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除“{0}”？组内人员将变为未分党小组。</source>
        <translation>Delete &quot;{0}&quot;? Its members will then be in no Party group.</translation>
    </message>
</context>
<context>
    <name>HandIn</name>
    <message>
        <location filename="../../ui/party/hand_in.py" line="+43"/>
        <source>选择党支部的报送文件</source>
        <translation>Choose the branch&apos;s hand-in files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报送文件 (*.json);;所有文件 (*)</source>
        <translation>Hand-in files (*.json);;All files (*)</translation>
    </message>
</context>
<context>
    <name>HandInDialog</name>
    <message>
        <location line="+22"/>
        <source>导入报送文件</source>
        <translation>Import hand-in files</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>正在读取 %n 个文件……</source>
        <translation>
            <numerusform>Reading %n file…</numerusform>
            <numerusform>Reading %n files…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>党支部</source>
        <translation>Party branch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>导入方式</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>我已核对：替换已有年度的记录，按全称对应的党支部是同一个党支部</source>
        <translation>I have checked: records of years already there are replaced, and branches matched by full name are the same branch</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>共 %n 个文件，请核对每个文件导入到哪个党支部、将做什么，然后点“导入”。</source>
        <translation>
            <numerusform>%n file: check which Party branch it goes into and what will be done, then click &quot;Import&quot;.</numerusform>
            <numerusform>%n files: check which Party branch each goes into and what will be done, then click &quot;Import&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有可以导入的文件。</source>
        <translation>No files to import.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>（未知党支部）</source>
        <translation>(unknown Party branch)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>新支部</source>
        <translation>New branch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不导入</source>
        <translation>Do not import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>替换 %1 年度</source>
        <translation>Replace year %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>追加 %1 年度</source>
        <translation>Add to year %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>追加（只合并人员）</source>
        <translation>Add (merge people only)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>人员 %1，会议 %2，谈心谈话 %3，整改 %4，民主评议 %5</source>
        <translation>People %1, meetings %2, talks %3, rectification %4, evaluations %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>；数据库中该年度的会议 %1、谈心谈话 %2 等将被替换</source>
        <translation>; this year&apos;s meetings (%1), talks (%2) etc. in the database will be replaced</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>正在备份数据库并导入，请稍候……</source>
        <translation>Backing up the database and importing, please wait…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>已导入 %1 个文件，%2 个未导入：</source>
        <translation>Imported %1 files, %2 not imported:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未导入</source>
        <translation>Not imported</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>导入未完成：%1
已导入的文件不受影响，未导入的文件什么也没有写入。</source>
        <translation>Import not finished: %1
Files already imported are not affected; nothing was written from the files not imported.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/home/grid_print.py" line="+57"/>
        <source>打印预览 — {0}</source>
        <translation>Print preview — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/home.py" line="+115"/>
        <source>查看以往年度的落实情况</source>
        <translation>See how earlier years were done</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>打印一览</source>
        <translation>Print overview</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>本支部的要求…</source>
        <translation>This branch&apos;s requirements…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>各项组织生活的频次（默认按党内规定），可按本支部实际调整</source>
        <translation>How often each kind of organisational life is due (Party rules by default); adjust to your branch</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>本年度落实情况</source>
        <translation>This year&apos;s progress</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>正在统计本年度各项组织生活的落实情况…</source>
        <translation>Counting this year&apos;s organisational life…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>点击上表中的一格，查看计入该期的会议，或按模板补建缺少的会议。</source>
        <translation>Click a cell of the table above to see the meetings counted for that period, or to add a missing meeting from a template.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>新建会议记录</source>
        <translation>New meeting record</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>打开党员名册</source>
        <translation>Open the member roster</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>党员情况</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>本年度会议</source>
        <translation>Meetings this year</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>最近的记录（双击打开）</source>
        <translation>Recent records (double-click to open)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>今天是 {0}</source>
        <translation>Today is {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}，{1}
{2}，{3}</source>
        <translation>{0}, {1}
{2}, {3}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>正式党员 %n 人</source>
        <translation>
            <numerusform>%n full member</numerusform>
            <numerusform>%n full members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>预备党员 %n 人</source>
        <translation>
            <numerusform>%n probationary member</numerusform>
            <numerusform>%n probationary members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>发展对象 %n 人</source>
        <translation>
            <numerusform>%n candidate for membership</numerusform>
            <numerusform>%n candidates for membership</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>入党积极分子 %n 人</source>
        <translation>
            <numerusform>%n activist</numerusform>
            <numerusform>%n activists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>{0}：%n 次</source>
        <translation>
            <numerusform>{0}: %n</numerusform>
            <numerusform>{0}: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>首页有 %n 项提醒</source>
        <translation>
            <numerusform>%n reminder on the home page</numerusform>
            <numerusform>%n reminders on the home page</numerusform>
        </translation>
    </message>
    <message>
        <location line="-38"/>
        <source>{0}年还没有会议记录。</source>
        <translation>No meeting records for {0} yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>其中 {0} 条尚未定稿</source>
        <translation>{0} of them not finalised yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已定稿</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{0}年度落实情况</source>
        <translation>Progress in {0}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/roster/import_dialog.py" line="+39"/>
        <source>已在名册（姓名、出生日期相同）</source>
        <translation>Already on the roster (same name and birth date)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名册中已有“{0}”，出生日期未填：请确认是否同一人</source>
        <translation>The roster already has &quot;{0}&quot; with no birth date: please confirm whether this is the same person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名册中另有一位“{0}”（出生日期不同）</source>
        <translation>The roster has another &quot;{0}&quot; (different birth date)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>从 Excel 导入名册 — {0}</source>
        <translation>Import roster from Excel — {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>列对应关系（程序已按列标题自动识别，如有不对请更正）</source>
        <translation>Columns (recognised from the column titles; please correct any that are wrong)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>（不导入）</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}列：{1}</source>
        <translation>Column {0}: {1}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>（无标题）</source>
        <translation>(no heading)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>请指定哪一列是“姓名”。</source>
        <translation>Please say which column is &quot;Name&quot;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>行号</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>处理</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>不导入</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>可导入</source>
        <translation>Can be imported</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>表格中没有可导入的行。</source>
        <translation>The sheet has no rows that can be imported.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>共 %n 行：</source>
        <translation>
            <numerusform>%n row in all: </numerusform>
            <numerusform>%n rows in all: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n 行可导入</source>
        <translation>
            <numerusform>%n row can be imported</numerusform>
            <numerusform>%n rows can be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n 行待确认是否同一人（棕色，在“处理”列中选择）</source>
        <translation>
            <numerusform>%n row to confirm whether it is the same person (brown; choose in the &quot;Action&quot; column)</numerusform>
            <numerusform>%n rows to confirm whether they are the same person (brown; choose in the &quot;Action&quot; column)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n 行有问题（红色），可在 Excel 中改正后重新导入，或只导入无误的行</source>
        <translation>
            <numerusform>%n row has problems (red): correct it in Excel and import again, or import only the rows without problems</numerusform>
            <numerusform>%n rows have problems (red): correct them in Excel and import again, or import only the rows without problems</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}。</source>
        <translation>{0}. </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>全部导入（%n 人）</source>
        <translation>
            <numerusform>Import all (%n person)</numerusform>
            <numerusform>Import all (%n people)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-10"/>
        <source>{0} 人已在名册</source>
        <translation>{0} already on the roster</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>表格末尾的 {0} 行是表尾（{1}），不是人员，不导入。</source>
        <translation>The last {0} rows of the sheet are its footer ({1}), not people; they are not imported.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>只导入无误的 {0} 行</source>
        <translation>Import only the {0} correct rows</translation>
    </message>
</context>
<context>
    <name>Joiners</name>
    <message>
        <location filename="../../ui/joiners.py" line="+16"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&#x3000;</source>
        <translation>   </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>（{0}）</source>
        <translation>({0})</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../../ui/app.py" line="+183"/>
        <source>无法打开数据库</source>
        <translation>Cannot open the database</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>密码不正确。</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>本机没有保存这个账号的密码。</source>
        <translation>No password for this account is saved on this computer.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>无法连接服务器</source>
        <translation>Cannot connect to the server</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>数据库已损坏</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}

现在用这份备份恢复吗？备份：{1}
损坏的文件会改名留在原文件夹，不会删除。</source>
        <translation>{0}

Restore from this backup now? Backup: {1}
The damaged file is kept, renamed, in its folder; it is not deleted.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>正在从备份恢复…</source>
        <translation>Restoring from the backup…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>第一次使用：请先填写党支部的信息</source>
        <translation>First use: please enter the Party branch&apos;s details</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+39"/>
        <source>退出程序</source>
        <translation>Quit the program</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>还没有填写党支部的信息，程序需要它才能开始记录。
现在退出吗？（下次打开时再填写）</source>
        <translation>The Party branch&apos;s details have not been entered yet; the program needs them to start keeping records.
Quit now? (You can enter them the next time you open it.)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>正在打开示例数据…</source>
        <translation>Opening the sample data…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>请选择要打开的党支部</source>
        <translation>Choose the Party branch to open</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>还没有选择党支部，程序需要知道打开哪个党支部。
现在退出吗？</source>
        <translation>No Party branch chosen: the program needs to know which branch to open.
Quit now?</translation>
    </message>
</context>
<context>
    <name>LinkPanel</name>
    <message>
        <location filename="../../ui/orglife/step_panels.py" line="+45"/>
        <source>✓ 已完成</source>
        <translation>✓ Done</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/lock_screen.py" line="+45"/>
        <source>组织生活记录本已锁定</source>
        <translation>OrgLife is locked</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>记录已加密保存。请输入密码解锁。</source>
        <translation>Records are encrypted. Enter the password to unlock.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>忘记密码无法找回，也无法绕过；请联系设置密码的同志。</source>
        <translation>A forgotten password cannot be recovered; ask whoever set it.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>正在验证密码…</source>
        <translation>Checking the password…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>密码不正确，请重新输入（注意大小写和输入法）。</source>
        <translation>Wrong password; check Caps Lock and the input method.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/actions.py" line="+28"/>
        <source>新建记录(&amp;N)</source>
        <translation>&amp;New record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新建会议记录…</source>
        <translation>New meeting record…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>立即保存(&amp;S)</source>
        <translation>&amp;Save now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印预览(&amp;P)…</source>
        <translation>&amp;Print preview…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>从 Excel 导入名册…</source>
        <translation>Import roster from Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出名册到 Excel…</source>
        <translation>Export roster to Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退出(&amp;Q)</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>搜索(&amp;F)</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用户手册(&amp;M)</source>
        <translation>User &amp;manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关于组织生活记录本</source>
        <translation>About OrgLife</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转到(&amp;G)</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="+18"/>
        <source>首页</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会议记录</source>
        <translation>Meeting records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>谈心谈话</source>
        <translation>Heart-to-heart talks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>组织生活会与民主评议</source>
        <translation>Org. life and evaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>党员名册</source>
        <translation>Member roster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年度归档</source>
        <translation>Yearly archive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="-279"/>
        <location filename="../../ui/language_switch.py" line="+30"/>
        <location filename="../../ui/main_window.py" line="+91"/>
        <source>组织生活记录本</source>
        <translation>OrgLife</translation>
    </message>
    <message>
        <location filename="../../ui/navigation.py" line="-1"/>
        <source>党委总览</source>
        <translation>Party committee overview</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+7"/>
        <source>正在打开数据库，请稍候…</source>
        <translation>Opening the database, please wait…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>正在打开数据库…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>程序已经打开：这个数据库就在这个窗口中。</source>
        <translation>The program is already open: this database is in this window.</translation>
    </message>
    <message>
        <location filename="../../ui/language_switch.py" line="+5"/>
        <source>有内容未能保存：这一页保留原来的语言，保存后重新打开程序即可。</source>
        <translation>Some changes could not be saved: this page keeps its old language. Save them, then restart the program.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../../ui/main_window.py" line="+4"/>
        <source>示例数据 · 试用中的修改不影响正式数据，下次启动时可填写本支部信息</source>
        <translation>Sample data · changes made while trying the program do not touch real data; you can enter your branch&apos;s details at the next start</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/main_window.py" line="+3"/>
        <source>示例数据</source>
        <translation>Sample data</translation>
    </message>
    <message>
        <location filename="../../ui/branch_pages.py" line="+29"/>
        <source>党委总览（只读）</source>
        <translation>Party committee overview (read-only)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>党委总览 · 只读（可查阅所有党支部）</source>
        <translation>Party committee overview · read-only (every Party branch can be viewed)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>党委总览中双击一个支部，查看它的记录</source>
        <translation>In the Party committee overview, double-click a branch to see its records</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>已切换到：{0}</source>
        <translation>Switched to: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+8"/>
        <source>正在打开数据库，稍候即自动继续…</source>
        <translation>Opening the database; the program continues by itself in a moment…</translation>
    </message>
    <message>
        <location filename="../../ui/language_switch.py" line="-6"/>
        <location filename="../../ui/main_window.py" line="+34"/>
        <source>搜索</source>
        <translation>Search</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/main_window.py" line="+13"/>
        <location line="+130"/>
        <source>← 返回搜索结果</source>
        <translation>← Back to the search results</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="-126"/>
        <source>切换党支部…</source>
        <translation>Switch Party branch…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这个数据库中有多个党支部：选择要打开的党支部</source>
        <translation>This database holds several Party branches: choose the one to open</translation>
    </message>
    <message>
        <location filename="../../ui/language_switch.py" line="+1"/>
        <location filename="../../ui/main_window.py" line="+6"/>
        <source>搜索姓名、会议、发言内容…（Ctrl+F）</source>
        <translation>Search names, meetings, what was said… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="+84"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>关于</source>
        <translation>About</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>组织生活记录本 OrgLife
党支部“三会一课”、主题党日、组织生活会和谈心谈话的记录工具。
所有数据保存在本机，不联网。</source>
        <translation>OrgLife
Records of a Party branch&apos;s &quot;three meetings and one lecture&quot;, themed Party days, organisational life meetings and heart-to-heart talks.
All data stays on this computer; nothing goes online.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>有内容未能保存</source>
        <translation>Some changes could not be saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有内容未能保存到数据库（例如磁盘已满、文件只读或被其他程序锁定）。
这些内容已暂存在本机的恢复文件中，下次打开这条记录时可以恢复；也可以另存到文件（例如 U 盘上）。

选“留在程序中”，解决问题后会自动重试保存。</source>
        <translation>Some changes could not be saved to the database (for example the disk is full, the file is read-only or another program has locked it).
They are kept in a recovery file on this computer and can be restored the next time you open this record; you can also save them to a file (for example on a USB stick).

Choose &quot;Stay in the program&quot;: saving is tried again by itself once the problem is solved.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>已另存</source>
        <translation>Saved elsewhere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未能保存的内容已另存到：{0}
它们仍未写入数据库；问题解决后，可以把这些内容粘贴回程序。</source>
        <translation>The changes that could not be saved were saved to: {0}
They are still not in the database; once the problem is solved you can paste them back into the program.</translation>
    </message>
</context>
<context>
    <name>ManualWindow</name>
    <message>
        <location filename="../../ui/dialogs/manual.py" line="+24"/>
        <source>用户手册</source>
        <translation>User manual</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>找不到用户手册文件（{0}）。请重新安装程序。</source>
        <translation>The user manual file cannot be found ({0}). Please reinstall the program.</translation>
    </message>
</context>
<context>
    <name>MeetingDayDialog</name>
    <message>
        <location filename="../../ui/orglife/new_meeting.py" line="+21"/>
        <source>新建组织生活会</source>
        <translation>New organisational life meeting</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>计划召开的日期（之后可在会议记录中修改）：</source>
        <translation>Planned date (can be changed later in the meeting record):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会议日期</source>
        <translation>Meeting date</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../../ui/meetings/editor.py" line="+60"/>
        <source>← 返回列表</source>
        <translation>← Back to the list</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+289"/>
        <source>定稿</source>
        <translation>Finalise</translation>
    </message>
    <message>
        <location line="-287"/>
        <source>更正已定稿记录</source>
        <translation>Amend finalised record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存更正</source>
        <translation>Save amendment</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+344"/>
        <location line="+23"/>
        <source>放弃更正</source>
        <translation>Discard amendment</translation>
    </message>
    <message>
        <location line="-366"/>
        <source>打印预览</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出 Word…</source>
        <translation>Export Word…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+387"/>
        <source>删除草稿</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <location line="-358"/>
        <source>基本情况</source>
        <translation>Basics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出席情况</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发言记录</source>
        <translation>Speeches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>决议与表决</source>
        <translation>Resolutions and votes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>小结与备注</source>
        <translation>Summary and remarks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>附件</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>恢复未保存的更正</source>
        <translation>Restore unsaved amendment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上次更正这条记录时程序意外退出，有尚未保存的修改。
要恢复这些修改并继续更正吗？</source>
        <translation>The program quit unexpectedly the last time this record was being amended, and some changes were not saved.
Restore these changes and go on amending?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>恢复未保存的内容</source>
        <translation>Restore unsaved content</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这条记录有上次未能保存到数据库的内容（程序意外退出或保存失败）。
要恢复这些内容吗？</source>
        <translation>This record has content that could not be saved to the database last time (the program quit unexpectedly or saving failed).
Restore this content?</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>（未命名）</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已定稿</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>草稿 · 自动保存</source>
        <translation>Draft · saved automatically</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>正在更正已定稿的记录。改完后点击“保存更正”，并说明更正理由。</source>
        <translation>Amending a finalised record. When done, click &quot;Save amendment&quot; and give the reason for the amendment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（{0}）</source>
        <translation> ({0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本记录已于 {0} 定稿{1}，内容已锁定。如需修改，请点击“更正已定稿记录”。</source>
        <translation>This record was finalised on {0}{1} and is locked. To change it, click &quot;Amend finalised record&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>更正（{0}{1}）：{2}{3}</source>
        <translation>Amendment ({0}{1}): {2}{3}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>，{0}</source>
        <translation>, {0}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>草稿 · 正在保存…</source>
        <translation>Draft · saving…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>草稿 · 未保存：内容超出限制</source>
        <translation>Draft · not saved: content over the limit</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>草稿 · 已自动保存 {0}</source>
        <translation>Draft · saved automatically {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已自动保存 {0}</source>
        <translation>Saved automatically {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>草稿 · 未能保存，内容已暂存在本机，稍后自动重试</source>
        <translation>Draft · not saved; kept on this computer, trying again shortly</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>记录已在别处修改</source>
        <translation>Record changed elsewhere</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}

现在显示别处保存的内容。您刚才输入的内容已暂存在本机，接下来会询问是否恢复。</source>
        <translation>{0}

The version saved elsewhere is shown now. What you just typed is kept on this computer; you will be asked next whether to restore it.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>定稿后记录将被锁定，之后的修改需要说明理由并留下更正记录，标题固定为“{2}”。
确定将“{0}”（{1}）定稿吗？</source>
        <translation>Once finalised, the record is locked: later changes need a reason and leave an amendment record, and the title is fixed as &quot;{2}&quot;.
Finalise &quot;{0}&quot; ({1})?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请注意：
{0}

</source>
        <translation>Please note:
{0}

</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>补充附件</source>
        <translation>Add attachments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} 年度已归档锁定，补充附件需作为更正保存并说明理由。
现在开始更正并加入这些附件吗？</source>
        <translation>{0} is archived and locked: adding attachments must be saved as an amendment with a reason.
Start an amendment now and add these attachments?</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>已补充 %n 个附件</source>
        <translation>
            <numerusform>%n attachment added</numerusform>
            <numerusform>%n attachments added</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>放弃这次更正吗？所做的修改将不会保存，记录恢复为定稿时的内容。</source>
        <translation>Discard this amendment? The changes will not be saved, and the record goes back to its finalised content.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>内容过长，未能保存</source>
        <translation>Too long, not saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}。改好后再保存更正。</source>
        <translation>{0}. Correct it, then save the amendment.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>不保存这次更正吗？所做的修改将被放弃。</source>
        <translation>Discard this amendment? The changes made will be lost.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>删除草稿“{0}”？删除后无法恢复。</source>
        <translation>Delete the draft &quot;{0}&quot;? It cannot be restored.</translation>
    </message>
</context>
<context>
    <name>MeetingList</name>
    <message>
        <location filename="../../ui/meetings/list_view.py" line="+54"/>
        <source>全部类型</source>
        <translation>All types</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已定稿</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>新建会议记录</source>
        <translation>New meeting record</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+137"/>
        <source>打开</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="-135"/>
        <location line="+117"/>
        <source>打印所选</source>
        <translation>Print selected</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>按住 Ctrl 或 Shift 点击可选择多条记录（Ctrl+P）</source>
        <translation>Ctrl-click or Shift-click to select several records (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+135"/>
        <source>导出所选为 PDF…</source>
        <translation>Export selected as PDF…</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>全部年度</source>
        <translation>All years</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>全部党小组</source>
        <translation>All Party groups</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>正在读取会议记录…</source>
        <translation>Reading the meeting records…</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>共 %n 条，其中草稿 {0} 条</source>
        <translation>
            <numerusform>%n meeting record, {0} of them drafts</numerusform>
            <numerusform>%n meeting records, {0} of them drafts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>打印所选（{0}）</source>
        <translation>Print selected ({0})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>打印所选…</source>
        <translation>Print selected…</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <location filename="../../ui/meetings/list_model.py" line="+15"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记录标题</source>
        <translation>Record title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会议名称</source>
        <translation>Meeting name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>党小组</source>
        <translation>Party group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应到</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>实到</source>
        <translation>Present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>已定稿</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
</context>
<context>
    <name>MeetingPanel</name>
    <message>
        <location filename="../../ui/orglife/step_panels.py" line="+13"/>
        <source>打开会议记录（出席、发言、决议）</source>
        <translation>Open the meeting record (attendance, speeches, resolutions)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>已定稿</source>
        <translation>Finalised</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>草稿</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}&#x3000;{1}&#x3000;{2}&#x3000;主持人：{3}&#x3000;应到 {4} 人，实到 {5} 人&#x3000;（{6}）</source>
        <translation>{0}   {1}   {2}   Chair: {3}   Expected {4}, present {5}   ({6})</translation>
    </message>
</context>
<context>
    <name>MeetingPickerDialog</name>
    <message>
        <location filename="../../ui/orglife/meeting_picker.py" line="+18"/>
        <source>打印签到表</source>
        <translation>Print sign-in sheet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>请选择会议（签到表列出该会议的应到人员）：</source>
        <translation>Choose the meeting (the sign-in sheet lists the people expected at it):</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <location filename="../../ui/pages/meetings.py" line="+40"/>
        <source>会议记录</source>
        <translation>Meeting records</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>← 返回列表</source>
        <translation>← Back to the list</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>请先打开一条会议记录，或在列表中选中要打印的记录。</source>
        <translation>Open a meeting record first, or select the records to print in the list.</translation>
    </message>
</context>
<context>
    <name>NewMeetingDialog</name>
    <message>
        <location filename="../../ui/meetings/new_dialog.py" line="+27"/>
        <source>全体党员参加，讨论决定重要事项（接收党员、选举、评议）</source>
        <translation>All members attend; decides important matters (admitting members, elections, evaluation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支部委员参加，研究支部日常工作</source>
        <translation>Committee members attend; discusses the branch&apos;s day-to-day work</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一个党小组的党员参加</source>
        <translation>The members of one Party group attend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>需填写主讲人和课题</source>
        <translation>Needs a lecturer and a topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每月一次的主题活动</source>
        <translation>A themed activity once a month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每年一次，开展批评和自我批评</source>
        <translation>Once a year; criticism and self-criticism</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每年一次，评定每名党员</source>
        <translation>Once a year; every member is graded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>专题学习、换届选举等</source>
        <translation>Special study, committee elections, etc.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>新建会议记录</source>
        <translation>New meeting record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请选择会议类型：</source>
        <translation>Choose the type of meeting:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>会议日期</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>党小组</source>
        <translation>Party group</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>还没有党小组。请先在“党员名册 → 党小组”中新增党小组。</source>
        <translation>There are no Party groups yet. Add one first under &quot;Member roster → Party groups&quot;.</translation>
    </message>
</context>
<context>
    <name>NewTermDialog</name>
    <message>
        <location filename="../../ui/meetings/new_term_dialog.py" line="+20"/>
        <source>按选举结果更新支部委员会</source>
        <translation>Update the branch committee from the election result</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>自</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>上一届委员的职务于前一天终止，当选的委员按分工填写职务。</source>
        <translation>The posts of the previous committee end the day before; fill in the post of each elected member as the duties were divided.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原{0}于前一天离任。</source>
        <translation>The former {0} leaves office the day before.</translation>
    </message>
</context>
<context>
    <name>OpinionCard</name>
    <message>
        <location filename="../../ui/orglife/opinions_panel.py" line="+24"/>
        <source>来源：如 党员群众座谈会、意见箱、个别访谈</source>
        <translation>Source: e.g. a forum of members and the public, a suggestion box, individual interviews</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>意见内容</source>
        <translation>Opinion</translation>
    </message>
</context>
<context>
    <name>OpinionsPanel</name>
    <message>
        <location line="+22"/>
        <source>添加一条意见</source>
        <translation>Add an opinion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>征求的意见</source>
        <translation>Opinions collected</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>附加征求意见材料…</source>
        <translation>Attach material on the opinions…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>会前通过座谈会、发放征求意见表等方式，广泛听取党员群众对支部班子和党员的意见建议。</source>
        <translation>Before the meeting, collect the opinions and suggestions of members and the public on the branch committee and the members, through forums, opinion forms and the like.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>已附材料：{0}</source>
        <translation>Material attached: {0}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>尚未附加材料</source>
        <translation>No material attached yet</translation>
    </message>
</context>
<context>
    <name>OrgLifePage</name>
    <message>
        <location filename="../../ui/pages/orglife.py" line="+28"/>
        <source>会议签到表…</source>
        <translation>Meeting sign-in sheet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>为本年度任一次会议打印带应到人员姓名的签到表</source>
        <translation>Print a sign-in sheet with the names of the people expected, for any meeting of this year</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>组织生活会</source>
        <translation>Organisational life meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>整改清单</source>
        <translation>Rectification list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>民主评议党员</source>
        <translation>Democratic evaluation of members</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>组织生活会与民主评议</source>
        <translation>Organisational life meeting and democratic evaluation</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>本年度还没有组织生活会记录。</source>
        <translation>There is no organisational life meeting record for this year yet.</translation>
    </message>
</context>
<context>
    <name>OverviewTable</name>
    <message>
        <location filename="../../ui/party/overview_table.py" line="+77"/>
        <source>各党支部本年度组织生活落实情况</source>
        <translation>Organisational life of each Party branch this year</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>党支部</source>
        <translation>Party branch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>缺项</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>双击查看该支部的记录（只读）</source>
        <translation>Double-click to see this branch&apos;s records (read-only)</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../ui/pages/base.py" line="+55"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>请先打开一条会议记录，再使用打印预览。</source>
        <translation>Open a meeting record first, then use print preview.</translation>
    </message>
</context>
<context>
    <name>PartyPage</name>
    <message>
        <location filename="../../ui/pages/party.py" line="+51"/>
        <source>正在统计各党支部的落实情况…</source>
        <translation>Counting the organisational life of each Party branch…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✓ 已落实&#x3000;✗ 缺（期限已过未开）&#x3000;◐ 本期待办&#x3000;○ 待开展&#x3000;– 无需开展；“3/4”为已落实的期数/应开展的期数。双击一个支部，只读查看它的记录。</source>
        <translation>✓ Done   ✗ Missing (deadline passed)   ◐ Due this period   ○ Not due yet   – Not required; &quot;3/4&quot; means periods done / periods required. Double-click a branch to see its records read-only.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>查看所选支部（只读）</source>
        <translation>View selected branch (read-only)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生成所选支部的本年度档案…</source>
        <translation>Build this year&apos;s archive of the selected branch…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生成全部支部的本年度档案…</source>
        <translation>Build this year&apos;s archive of every branch…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入报送文件…</source>
        <translation>Import hand-in files…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>党委总览</source>
        <translation>Party committee overview</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>正在统计各党支部 {0} 年度的落实情况…</source>
        <translation>Counting the organisational life of each Party branch in {0}…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0} 年度，截至 {1}：共 {2} 个党支部，其中 {3} 个有缺项。</source>
        <translation>{0}, as of {1}: {2} Party branches, {3} of them with missing items.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>{0}年度各党支部组织生活落实情况</source>
        <translation>Organisational life of the Party branches in {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>正在生成 {0} 年度档案…</source>
        <translation>Building the {0} archive…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>生成年度档案</source>
        <translation>Build the yearly archive</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>
……共 {0} 个</source>
        <translation>
…{0} in all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已生成 {0} 个党支部的年度档案</source>
        <translation>Yearly archive built for {0} Party branches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年度档案已生成</source>
        <translation>Yearly archive built</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已生成 {0} 个党支部的年度档案（每个支部一个文件夹和同名 zip），存放在：{1}
{2}{3}</source>
        <translation>Yearly archive built for {0} Party branches (a folder and a zip of the same name for each branch), saved in: {1}
{2}{3}</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/password.py" line="+34"/>
        <source>现在的密码</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+24"/>
        <source>压缩包的密码</source>
        <translation>Password for the zip</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>设置密码锁</source>
        <translation>Set password lock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>更改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消密码锁</source>
        <translation>Remove password lock</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>再输入一次</source>
        <translation>Enter it again</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>取消后，数据库和以后的备份都不再加密，任何能打开这台电脑的人都能读到记录。</source>
        <translation>Without the password lock, the database and future backups are no longer encrypted: anyone who can use this computer can read the records.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>接收人打开压缩包时要输入这个密码。请另行告诉对方（例如电话），不要和压缩包放在一起。密码至少 {0} 个字符。</source>
        <translation>The recipient has to enter this password to open the zip. Tell it to them separately (by phone, for example); never keep it with the zip. The password must have at least {0} characters.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>密码至少 {0} 个字符。</source>
        <translation>The password must have at least {0} characters.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>请输入现在的密码。</source>
        <translation>Please enter the current password.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>新密码太短：至少要 {0} 个字符。</source>
        <translation>The new password is too short: it needs at least {0} characters.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>两次输入的新密码不一样，请重新输入。</source>
        <translation>The two new passwords are not the same. Please enter them again.</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <location filename="../../ui/settings_pages/password.py" line="+22"/>
        <source>密码锁</source>
        <translation>Password lock</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>开启密码锁后，数据库、它的日志文件、恢复文件和以后的备份都加密保存；启动程序和离开电脑一段时间后，要输入密码才能看到记录。忘记密码就再也无法打开这些记录，任何人都无法找回或绕过。年度档案是交给上级的普通文件，不加密（生成时可另存一份带密码的压缩包）。</source>
        <translation>With the password lock on, the database, its log file, the recovery files and future backups are stored encrypted; the password is needed to see the records when the program starts and after you have been away from the computer for a while. If the password is forgotten, these records can never be opened again: nobody can recover or get around it. The yearly archive is a set of ordinary files for the higher organisation and is not encrypted (when building it you can also save a password-protected zip).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>设置密码…</source>
        <translation>Set password…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>更改密码…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消密码锁…</source>
        <translation>Remove password lock…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>加密以前的备份…</source>
        <translation>Encrypt earlier backups…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不自动锁定</source>
        <translation>Never</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无操作后自动锁定</source>
        <translation>Lock when idle for</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>数据保存在服务器上：加密由服务器负责。</source>
        <translation>The data is kept on a server: the server takes care of encryption.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>已开启：记录加密保存。</source>
        <translation>On: the records are stored encrypted.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未开启：记录以普通文件保存在本机。</source>
        <translation>Off: the records are stored as an ordinary file on this computer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>加密以前的 {0} 个备份…</source>
        <translation>Encrypt {0} earlier backups…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>设置密码锁</source>
        <translation>set the password lock</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>更改密码</source>
        <translation>change the password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请牢记密码</source>
        <translation>Remember the password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>忘记密码就再也无法打开这些记录，任何人（包括技术人员）都无法找回或绕过。
请把密码记在安全的地方。确定{0}吗？</source>
        <translation>If the password is forgotten, these records can never be opened again: nobody (technical staff included) can recover or get around it.
Keep the password somewhere safe. Go ahead and {0}?</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>已设置密码锁：记录已加密保存。</source>
        <translation>Password lock set: the records are stored encrypted.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已更改密码。</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已取消密码锁：记录不再加密。</source>
        <translation>Password lock removed: the records are no longer encrypted.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>以前的备份</source>
        <translation>Earlier backups</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>备份文件夹里有 {0} 个以前的备份没有用现在的密码加密，任何人都可能读到其中的记录。
现在用现在的密码加密它们吗？（选“否”可以改为删除或保留）</source>
        <translation>The backup folder has {0} earlier backups that are not encrypted with the current password: anyone might read the records in them.
Encrypt them now with the current password? (Choose &quot;No&quot; to delete or keep them instead.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已加密以前的备份 {0} 个。</source>
        <translation>{0} earlier backups encrypted.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>要删除这 {0} 个没有加密的备份吗？删除后无法从它们恢复。
选“否”则保留原样，以后可以在这里再加密。</source>
        <translation>Delete these {0} unencrypted backups? Once deleted, nothing can be restored from them.
Choose &quot;No&quot; to keep them as they are; you can encrypt them here later.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已删除以前的备份 {0} 个。</source>
        <translation>{0} earlier backups deleted.</translation>
    </message>
</context>
<context>
    <name>PathTab</name>
    <message>
        <location filename="../../ui/roster/path_tab.py" line="+28"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请入党</source>
        <translation>Applied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确定积极分子</source>
        <translation>Activist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>列为发展对象</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入党（预备党员）</source>
        <translation>Joined (probationary)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下一步</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>入党积极分子、发展对象和预备党员，按阶段排列。各阶段的日期在“人员”页编辑；支委会、支部党员大会作出决议后，也可以在会议记录的决议中点“按此决议更新名册…”。</source>
        <translation>Activists, candidates for membership and probationary members, by stage. The dates of each stage are edited on the &quot;People&quot; tab; after a resolution of a branch committee meeting or a general meeting of Party members, you can also click &quot;Update the roster from this resolution…&quot; in the resolution of the meeting record.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>生成公示…</source>
        <translation>Make public notice…</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../ui/roster/people_model.py" line="+18"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出生年月</source>
        <translation>Born</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>身份</source>
        <translation>Standing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>党小组</source>
        <translation>Party group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入党日期</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转正日期</source>
        <translation>Full member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>职务</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>已离开</source>
        <translation>Left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在册</source>
        <translation>On the roll</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../ui/roster/people_tab.py" line="+33"/>
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>党员</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正式党员</source>
        <translation>Full members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>预备党员</source>
        <translation>Probationary members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发展对象</source>
        <translation>Candidates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入党积极分子</source>
        <translation>Activists</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>在册人员</source>
        <translation>On the roll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已离开</source>
        <translation>Left</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>按姓名拼音排序</source>
        <translation>Sort by name (pinyin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按职务和入党时间排序</source>
        <translation>Sort by post and date joined</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>按姓名、职务或电话筛选</source>
        <translation>Filter by name, post or phone</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>新增人员</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不计入应到、留党察看…</source>
        <translation>Exemptions, probation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>从 Excel 导入…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>全部党小组</source>
        <translation>All Party groups</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>未分党小组</source>
        <translation>No Party group</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>共 %n 人</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>编辑人员</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>请先在表格中选中一个人。</source>
        <translation>Select a person in the table first.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>（无党小组）</source>
        <translation>(no Party group)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>不计入应到、留党察看</source>
        <translation>Exemptions, probation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>请先在表格中选中一名党员。</source>
        <translation>Select a Party member in the table first.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>不能删除</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}”仍出现在记录中（{1}）。
如已转出，请编辑此人并填写离开日期。</source>
        <translation>&quot;{0}&quot; still appears in records ({1}).
If the person has transferred out, edit them and fill in the date they left.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>删除人员</source>
        <translation>Delete person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>确定从名册中删除“{0}”吗？</source>
        <translation>Delete &quot;{0}&quot; from the roster?</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../../ui/roster/standing_dialog.py" line="+67"/>
        <source>写明原因</source>
        <translation>Give the reason</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>例如：机关党委 2025年6月1日批复</source>
        <translation>e.g. approved by the Party committee of the offices on 1 June 2025</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>自</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>至（空着表示至今）</source>
        <translation>To (empty: until now)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>批准</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>结束日期不能早于开始日期</source>
        <translation>The end date cannot be before the start date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>请写明原因</source>
        <translation>Please give the reason</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/roster/person_dialog.py" line="+37"/>
        <source>新增人员</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>编辑人员：{0}</source>
        <translation>Edit person: {0}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>姓名 *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>民族</source>
        <translation>Ethnicity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出生日期</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>学历</source>
        <translation>Education</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>职务</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人员类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>申请入党日期</source>
        <translation>Applied to join</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确定积极分子日期</source>
        <translation>Activist since</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>列为发展对象日期</source>
        <translation>Candidate since</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入党日期</source>
        <translation>Joined the Party</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转正日期</source>
        <translation>Full member since</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>党小组</source>
        <translation>Party group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转入本支部日期</source>
        <translation>Joined this branch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>离开日期</source>
        <translation>Left on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>离开原因</source>
        <translation>Reason for leaving</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>入党日期即成为预备党员之日；转正日期为空表示尚未转正。</source>
        <translation>Joined the Party = start of probation; no &quot;Full member since&quot; = not yet a full member.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>重名</source>
        <translation>Same name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名册中已有“{0}”。确实要再添加一位同名人员吗？</source>
        <translation>The roster already has &quot;{0}&quot;. Add another person with the same name anyway?</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../ui/widgets/person_picker.py" line="+34"/>
        <source>选择人员</source>
        <translation>Choose person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>输入姓名的一部分，从名册中选择</source>
        <translation>Type part of the name and choose from the roster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>输入姓名的一部分，从名册中选择，或填写名册外的姓名</source>
        <translation>Type part of the name and choose from the roster, or enter a name not on the roster</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>名册中没有“{0}”：请从列表中选择</source>
        <translation>&quot;{0}&quot; is not on the roster: please choose from the list</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../ui/printing.py" line="+40"/>
        <source>打印预览 — {0}</source>
        <translation>Print preview — {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>谈心谈话记录表</source>
        <translation>Heart-to-heart talk record</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>会议记录</source>
        <translation>Meeting record</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>所选 %n 份会议记录</source>
        <translation>Selected meeting records: %n</translation>
    </message>
</context>
<context>
    <name>ReceivedRow</name>
    <message>
        <location filename="../../ui/orglife/criticism_panel.py" line="-50"/>
        <source>批评人</source>
        <translation>Criticised by</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>批评意见</source>
        <translation>Criticism</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>RectificationForm</name>
    <message>
        <location filename="../../ui/orglife/rectification_form.py" line="+27"/>
        <source>查摆出的问题</source>
        <translation>Problem found</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <source>整改措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>空白 = 支部班子的问题</source>
        <translation>Empty = committee</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>责任人</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>整改时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>所属党员</source>
        <translation>Member concerned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>销号情况</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>整改中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已于{0}销号：{1}</source>
        <translation>Closed on {0}: {1}</translation>
    </message>
</context>
<context>
    <name>RectificationView</name>
    <message>
        <location filename="../../ui/orglife/rectification_view.py" line="+46"/>
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>问题</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>整改措施</source>
        <translation>Measures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>责任人</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>整改时限</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>新增整改事项</source>
        <translation>New rectification item</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>销号…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>撤销销号</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出整改清单…</source>
        <translation>Export rectification list…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>上年度整改落实情况</source>
        <translation>Rectification of the previous year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}年度整改清单</source>
        <translation>Rectification list {0}</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+84"/>
        <source>支部</source>
        <translation>Branch</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+84"/>
        <location line="+42"/>
        <source>（未填写问题）</source>
        <translation>(no problem entered)</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>已销号 {0}</source>
        <translation>Closed {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>整改中</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>共 {0} 项，已销号 {1} 项，整改中 {2} 项</source>
        <translation>{0} items: {1} closed, {2} in progress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>，其中已逾期 {0} 项</source>
        <translation>, {0} of them overdue</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>整改事项已保存</source>
        <translation>Rectification item saved</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>删除整改事项</source>
        <translation>Delete rectification item</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>删除整改事项“{0}”？删除后无法恢复。</source>
        <translation>Delete the rectification item &quot;{0}&quot;? It cannot be restored.</translation>
    </message>
</context>
<context>
    <name>ReminderList</name>
    <message>
        <location filename="../../ui/home/reminder_list.py" line="+67"/>
        <location line="+21"/>
        <source>提醒</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>暂无需要处理的事项。</source>
        <translation>Nothing to deal with at the moment.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>提醒（{0} 项）</source>
        <translation>Reminders ({0})</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>还有 {0} 项，显示全部</source>
        <translation>{0} more, show all</translation>
    </message>
</context>
<context>
    <name>ReminderRow</name>
    <message>
        <location line="-58"/>
        <source>一周后再提醒</source>
        <translation>Remind me in a week</translation>
    </message>
</context>
<context>
    <name>ResolutionCard</name>
    <message>
        <location filename="../../ui/meetings/resolutions.py" line="+54"/>
        <source>决议内容</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>进行了表决</source>
        <translation>Put to a vote</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>事项类别</source>
        <translation>Kind of matter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>按此决议更新名册…</source>
        <translation>Update the roster from this resolution…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>涉及人员</source>
        <translation>People concerned</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <source>赞成</source>
        <translation>For</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+13"/>
        <source>反对</source>
        <translation>Against</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>弃权</source>
        <translation>Abstain</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>有未到会党员的书面意见</source>
        <translation>Written opinions from absent members</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>填写选票和计票结果…</source>
        <translation>Enter ballots and count…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>按结果更新支部委员会…</source>
        <translation>Update the branch committee from the result…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>选举文书</source>
        <translation>Election documents</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>选票（候选人按姓氏笔画）…</source>
        <translation>Ballot (candidates by surname strokes)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>计票单…</source>
        <translation>Vote count sheet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>选举结果报告…</source>
        <translation>Election result report…</translation>
    </message>
</context>
<context>
    <name>ResolutionsSection</name>
    <message>
        <location line="+71"/>
        <source>添加决议</source>
        <translation>Add resolution</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>决议</source>
        <translation>Resolutions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>还没有决议。会议形成决定时，点击下方“添加决议”；进行了表决的，勾选“进行了表决”并填写票数，程序会按到会情况判断表决是否有效。</source>
        <translation>No resolutions yet. When the meeting takes a decision, click &quot;Add resolution&quot; below; if it was put to a vote, tick &quot;Put to a vote&quot; and enter the votes: the program checks from the attendance whether the vote is valid.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>只有正式党员有表决权；预备党员参加会议但不参加表决。赞成票须超过应到会有表决权党员的半数；赞成、反对、弃权合计不能多于实到有表决权党员，否则表决无效。讨论接收预备党员和预备党员转正时，未到会党员会前提交的书面意见计入票数，但不计入到会人数。</source>
        <translation>Only full members have a vote; probationary members attend but do not vote. Votes for must be more than half of the members with a vote who are expected at the meeting; for, against and abstentions together cannot be more than the members with a vote who are present, or the vote is invalid. When admitting a probationary member or making one a full member, written opinions that absent members handed in before the meeting count as votes, but not as people present.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+4"/>
        <location line="+6"/>
        <source>更新名册</source>
        <translation>Update roster</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>请先选择这项决议涉及的人员。</source>
        <translation>First choose the people this resolution concerns.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>这项决议的表决没有通过，名册不作改变。</source>
        <translation>This resolution was not carried by the vote: the roster is not changed.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>名册已更新</source>
        <translation>Roster updated</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>选举文书</source>
        <translation>Election documents</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>请先点“填写选票和计票结果…”，至少填写应选人数和候选人。</source>
        <translation>First click &quot;Enter ballots and count…&quot; and fill in at least the seats and the candidates.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>支部委员会已按选举结果更新</source>
        <translation>Branch committee updated from the election result</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../ui/roster/small_dialogs.py" line="+18"/>
        <source>支委会职务</source>
        <translation>Committee post</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>职务</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>任职日期</source>
        <translation>Took office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>离任日期</source>
        <translation>Left office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>离任日期为空表示仍在任。</source>
        <translation>An empty date of leaving office means still in office.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>请选择人员</source>
        <translation>Please choose a person</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>离任日期不能早于任职日期</source>
        <translation>The date of leaving office cannot be before the date of taking office</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../ui/dialogs/first_start.py" line="-30"/>
        <location filename="../../ui/pages/roster.py" line="+44"/>
        <source>党员名册</source>
        <translation>Member roster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会议的应到人员、表决权都按名册计算。请选择录入名册的方式：</source>
        <translation>Who is expected at meetings and who has a vote are worked out from the roster. Choose how to enter the roster:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>从 Excel 表格导入（推荐）</source>
        <translation>Import from an Excel sheet (recommended)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已有党员花名册的 .xlsx 文件：导入前可预览并核对每一行。</source>
        <translation>You already have the member roster as an .xlsx file: you can preview and check every row before importing.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>手工逐个录入</source>
        <translation>Enter people one by one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人数不多时，逐个填写姓名、入党日期等。</source>
        <translation>For a few people: fill in the name, date joined etc. for each.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>稍后再录入</source>
        <translation>Enter later</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>可随时在“党员名册”页面导入或新增。</source>
        <translation>You can import or add people at any time on the &quot;Member roster&quot; page.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/roster.py" line="-11"/>
        <source>人员</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>党小组</source>
        <translation>Party groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支部委员会</source>
        <translation>Branch committee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发展党员</source>
        <translation>Recruitment</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>选择名册 Excel 文件</source>
        <translation>Choose the roster&apos;s Excel file</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>导入完成</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导出名册</source>
        <translation>Export roster</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>党员名册.xlsx</source>
        <translation>Member roster.xlsx</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>名册已导出</source>
        <translation>Roster exported</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../ui/settings_pages/rules_dialog.py" line="+19"/>
        <source>本支部的要求</source>
        <translation>This branch&apos;s requirements</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../ui/settings_pages/rules_page.py" line="+36"/>
        <source>每月</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>每季度</source>
        <translation>Quarterly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每年</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> 次</source>
        <translation> time(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每个党小组各自计</source>
        <translation>For each Party group</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>本支部的要求</source>
        <translation>Requirements</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>各项组织生活至少多久开展一次。默认按党内规定：支部党员大会每季度、支委会每月、党小组会每月（各党小组）、党课每季度、主题党日每月、组织生活会和民主评议党员每年。首页的落实情况、年度归档的落实情况报告都按这里计算。</source>
        <translation>How often each kind of organisational life must take place at least. By default, as the Party rules say: the general meeting of Party members every quarter, the branch committee meeting every month, the Party group meeting every month (in each Party group), the Party lecture every quarter, the themed Party day every month, the organisational life meeting and the democratic evaluation of members every year. The progress on the home page and the progress report of the yearly archive are counted from this.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>要求</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>频次</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>至少</source>
        <translation>At least</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>党小组</source>
        <translation>Party group</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>支委之间每年两两谈心谈话</source>
        <translation>Committee members talk with each other in pairs every year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每名党员每年至少与一名支委谈心谈话</source>
        <translation>Each member talks with at least one committee member every year</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>恢复默认</source>
        <translation>Restore defaults</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复为党内规定的默认频次（保存后生效）</source>
        <translation>Go back to the frequencies of the Party rules (takes effect when saved)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>本支部已自定要求。</source>
        <translation>This branch has set its own requirements.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>当前按党内规定的默认要求。</source>
        <translation>The default requirements of the Party rules apply.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>本支部还没有党小组，“{0}”无法按党小组计算。请先在“党员名册 → 党小组”中新增党小组，或取消“每个党小组各自计”。</source>
        <translation>This branch has no Party groups yet, so &quot;{0}&quot; cannot be counted per Party group. Add a Party group first under &quot;Member roster → Party groups&quot;, or untick &quot;For each Party group&quot;.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>已恢复为党内规定的默认要求，保存后生效。</source>
        <translation>Back to the default requirements of the Party rules; takes effect when saved.</translation>
    </message>
</context>
<context>
    <name>SaveAttachment</name>
    <message>
        <location filename="../../ui/dialogs/save_attachment.py" line="+19"/>
        <source>保存附件（可执行文件不直接打开）</source>
        <translation>Save attachment (program files are not opened directly)</translation>
    </message>
</context>
<context>
    <name>SearchPage</name>
    <message>
        <location filename="../../ui/pages/search.py" line="+14"/>
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>会议记录</source>
        <translation>Meeting record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>谈心谈话</source>
        <translation>Talk</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>类别</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>标题</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>搜索结果</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>正在搜索“{0}”…</source>
        <translation>Searching for &quot;{0}&quot;…</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>“{0}”：找到 %n 条，双击打开。</source>
        <translation>
            <numerusform>&quot;{0}&quot;: %n record found; double-click to open it.</numerusform>
            <numerusform>&quot;{0}&quot;: %n records found; double-click one to open it.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>没有找到包含“{0}”的记录。</source>
        <translation>No records contain &quot;{0}&quot;.</translation>
    </message>
</context>
<context>
    <name>SelfExaminationsPanel</name>
    <message>
        <location filename="../../ui/orglife/self_exam_panel.py" line="+12"/>
        <source>每名党员会前撰写对照检查材料，查摆问题、剖析根源、明确整改方向。</source>
        <translation>Before the meeting, every member writes a self-examination: the problems found, their roots and the direction of rectification.</translation>
    </message>
</context>
<context>
    <name>ServerPage</name>
    <message>
        <location filename="../../ui/settings_pages/server.py" line="+43"/>
        <source>本机文件</source>
        <translation>File on this computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>党委服务器</source>
        <translation>Party committee server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>如 192.168.1.10</source>
        <translation>e.g. 192.168.1.10</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>保存在系统的凭据管理器中</source>
        <translation>Kept in the system&apos;s credential manager</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>管理员提供的 CA 证书文件，如 root.crt</source>
        <translation>The CA certificate file from the administrator, e.g. root.crt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“必须加密并核对服务器证书”时，用它确认连到的是真正的党委服务器。</source>
        <translation>With &quot;Always encrypt and verify the server&apos;s certificate&quot;, this confirms that you are connected to the real Party committee server.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>测试连接</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>数据库位置</source>
        <translation>Database location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务器地址</source>
        <translation>Server address</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>端口</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据库名称</source>
        <translation>Database name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>加密</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA 证书</source>
        <translation>CA certificate</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>现在使用本机文件：{0}</source>
        <translation>Now using the file on this computer: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>现在连接到服务器 {0}/{1}（用户 {2}）。</source>
        <translation>Now connected to the server {0}/{1} (user {2}).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>连接已加密（TLS）。</source>
        <translation>The connection is encrypted (TLS).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>连接未加密：服务器未开启 TLS。</source>
        <translation>The connection is not encrypted: TLS is not switched on at the server.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>正在连接……</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>请填写服务器地址、数据库名称和用户名。</source>
        <translation>Please fill in the server address, the database name and the user name.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>找不到 CA 证书文件：{0}。请重新选择管理员提供的证书文件。</source>
        <translation>The CA certificate file cannot be found: {0}. Please choose the certificate file from the administrator again.</translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+142"/>
        <location line="+7"/>
        <source>数据库</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>优先加密（服务器支持时使用 TLS）</source>
        <translation>Prefer encryption (TLS when the server supports it)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>必须加密</source>
        <translation>Always encrypt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>必须加密并核对服务器证书</source>
        <translation>Always encrypt and verify the server&apos;s certificate</translation>
    </message>
    <message>
        <location line="+149"/>
        <source>本机没有可用的凭据管理器，密码不会保存：每次启动时会询问密码。</source>
        <translation>This computer has no credential manager, so the password is not saved: it is asked for at every start.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>改用{0}，下次启动程序时生效。现在保存吗？</source>
        <translation>Change the database location to &quot;{0}&quot;? This takes effect the next time the program starts. Save now?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>选择 CA 证书</source>
        <translation>Choose the CA certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>证书文件 (*.crt *.pem *.cer);;所有文件 (*)</source>
        <translation>Certificate files (*.crt *.pem *.cer);;All files (*)</translation>
    </message>
</context>
<context>
    <name>ServerPassword</name>
    <message>
        <location filename="../../ui/dialogs/server_password.py" line="+18"/>
        <source>连接党委服务器</source>
        <translation>Connect to the Party committee server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}
请输入 {1} 的密码：</source>
        <translation>{0}
Enter the password for {1}:</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="+37"/>
        <source>保存设置</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+34"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>SpeechCard</name>
    <message>
        <location filename="../../ui/meetings/speeches.py" line="+21"/>
        <source>发言人（输入姓名的一部分）</source>
        <translation>Speaker (type part of the name)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>发言要点（如实记录，包括不同意见）</source>
        <translation>Main points (record them faithfully, dissenting views included)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>发言人</source>
        <translation>Speaker</translation>
    </message>
</context>
<context>
    <name>SpeechesSection</name>
    <message>
        <location line="+24"/>
        <source>添加发言</source>
        <translation>Add speech</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>发言</source>
        <translation>Speeches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>还没有发言记录。点击下方“添加发言”，按发言顺序记录每个人的发言要点；发言人可输入姓名中的一两个字来选择，列席人员可直接写姓名。</source>
        <translation>No speeches yet. Click &quot;Add speech&quot; below and record the main points of each speaker in the order they spoke; choose a speaker by typing one or two characters of the name, and write the names of non-voting attendees directly.</translation>
    </message>
</context>
<context>
    <name>StandingDialog</name>
    <message>
        <location filename="../../ui/roster/standing_dialog.py" line="+20"/>
        <source>{0}：不计入应到人数和留党察看</source>
        <translation>{0}: exemptions from attendance and probation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>不计入应到会人数（经上级党组织批准）</source>
        <translation>Not counted as expected at meetings (approved by the higher Party organisation)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>患病不能参加、出国出境半年以上、外出半年以上未转组织关系、正在服刑等，经上级党组织批准，期间不计入应到会人数和表决的应到人数；会议记录写明未计入的人员和原因。</source>
        <translation>Members who are ill and cannot attend, abroad for more than half a year, away for more than half a year without transferring their membership, serving a sentence and so on are, with the approval of the higher Party organisation, not counted among those expected at meetings or for votes during that time; the minutes name the people not counted and the reason.</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+78"/>
        <location line="+40"/>
        <source>留党察看</source>
        <translation>Probation within the Party</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>{0}—{1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>至今</source>
        <translation>now</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>；批准：{0}</source>
        <translation>; approved by: {0}</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>留党察看期间参加组织生活，但没有表决权、选举权和被选举权，不计入有表决权的党员。</source>
        <translation>During probation a member takes part in organisational life but has no right to vote, to elect or to be elected, and is not counted among the members with a vote.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>添加…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>删除所选</source>
        <translation>Delete selected</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>不计入应到会人数</source>
        <translation>Not counted as expected</translation>
    </message>
</context>
<context>
    <name>StatsPage</name>
    <message>
        <location filename="../../ui/pages/stats.py" line="+103"/>
        <source>出席率低于此值的党员在表中标出</source>
        <translation>Members whose attendance is below this value are marked in the table</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>出席率提示线</source>
        <translation>Attendance threshold</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>各类会议每月次数</source>
        <translation>Meetings per month by kind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>各类会议出席率</source>
        <translation>Attendance by kind of meeting</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>支委谈心谈话次数</source>
        <translation>Heart-to-heart talks by committee member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会议次数</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>出席率</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>谈心谈话</source>
        <translation>Heart-to-heart talks</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>统计</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>与其他支委</source>
        <translation>With other committee members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>与党员</source>
        <translation>With members</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>低于提示线</source>
        <translation>Below threshold</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>出席率低于 {0:.0f}% 的党员 %n 人：{1}</source>
        <translation>
            <numerusform>%n member below {0:.0f}% attendance: {1}</numerusform>
            <numerusform>%n members below {0:.0f}% attendance: {1}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+18"/>
        <source>已保存到：{0}</source>
        <translation>Saved to: {0}</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>文件已保存</source>
        <translation>File saved</translation>
    </message>
    <message>
        <location filename="../../ui/stats/save.py" line="+23"/>
        <source>导出图表</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>导出表格</source>
        <translation>Export table</translation>
    </message>
</context>
<context>
    <name>StatsSave</name>
    <message>
        <location line="-8"/>
        <source>PNG 图片</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel 工作簿</source>
        <translation>Excel workbook</translation>
    </message>
</context>
<context>
    <name>StatsSheets</name>
    <message>
        <location filename="../../ui/stats/sheets.py" line="+41"/>
        <location line="+34"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+22"/>
        <source>会议类型</source>
        <translation>Meeting type</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>应到</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>实到</source>
        <translation>Present</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>迟到早退</source>
        <translation>Late or left early</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请假</source>
        <translation>On leave</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>缺席</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>出席率</source>
        <translation>Attendance rate</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>次数</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应到人次</source>
        <translation>Expected (people)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>实到人次</source>
        <translation>Present (people)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>支委</source>
        <translation>Committee member</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>与其他支委谈话</source>
        <translation>With committee members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>与党员谈话</source>
        <translation>With members</translation>
    </message>
</context>
<context>
    <name>StepsView</name>
    <message>
        <location filename="../../ui/orglife/steps_view.py" line="+49"/>
        <source>……等共 {0} 项</source>
        <translation>…{0} in all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>召开会议前尚缺：
</source>
        <translation>Still missing before the meeting:
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>会前准备已完成，可以召开组织生活会。</source>
        <translation>The preparations are complete: the organisational life meeting can be held.</translation>
    </message>
</context>
<context>
    <name>SummarySection</name>
    <message>
        <location filename="../../ui/meetings/summary.py" line="+19"/>
        <location line="+4"/>
        <source>主持人小结</source>
        <translation>Chair&apos;s summary</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>其他需要记录的事项</source>
        <translation>Other matters to record</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
</context>
<context>
    <name>Tab</name>
    <message>
        <location filename="../../ui/pages/stats.py" line="-136"/>
        <source>导出图表（PNG）</source>
        <translation>Export chart (PNG)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出表格（Excel）</source>
        <translation>Export table (Excel)</translation>
    </message>
</context>
<context>
    <name>TalkEditor</name>
    <message>
        <location filename="../../ui/talks/editor.py" line="+66"/>
        <source>谈话的主要内容</source>
        <translation>Main points of the talk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>谈话对象提出的意见和建议</source>
        <translation>Opinions and suggestions the other person raised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>意见建议的落实情况</source>
        <translation>How the opinions and suggestions were followed up</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>打印预览</source>
        <translation>Print preview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出 Word…</source>
        <translation>Export Word…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>谈话人</source>
        <translation>Conducted by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>谈话对象</source>
        <translation>Talked with</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>谈话类型</source>
        <translation>Kind of talk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>主题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>谈话内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>对方意见建议</source>
        <translation>Their opinions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>落实情况</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>请在左侧选择一条谈话记录，或点击“登记谈话”。</source>
        <translation>Choose a talk record on the left, or click &quot;Record a talk&quot;.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>新谈话 · 输入内容后自动保存</source>
        <translation>New talk · saved automatically once you type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>正在保存…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>请选择谈话人和谈话对象，选好后自动保存</source>
        <translation>Choose who conducted the talk and who it was with; it is then saved automatically</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>未保存：内容超出限制</source>
        <translation>Not saved: content over the limit</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <source>已自动保存 {0}</source>
        <translation>Saved automatically {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>未能保存，稍后自动重试</source>
        <translation>Not saved; trying again shortly</translation>
    </message>
</context>
<context>
    <name>TalkList</name>
    <message>
        <location filename="../../ui/talks/list_view.py" line="+21"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>谈话人</source>
        <translation>Conducted by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>谈话对象</source>
        <translation>Talked with</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>主题</source>
        <translation>Topic</translation>
    </message>
</context>
<context>
    <name>TalksPage</name>
    <message>
        <location filename="../../ui/pages/talks.py" line="+28"/>
        <source>年度</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>登记谈话</source>
        <translation>Record a talk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>谈话记录</source>
        <translation>Talk records</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>谈话覆盖情况</source>
        <translation>Coverage</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>谈心谈话</source>
        <translation>Heart-to-heart talks</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>{0}年共 %n 次谈话</source>
        <translation>
            <numerusform>%n talk in {0}</numerusform>
            <numerusform>%n talks in {0}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+67"/>
        <source>删除{0}{1}与{2}的谈话记录？删除后无法恢复。</source>
        <translation>Delete the record of the talk on {0} between {1} and {2}? It cannot be restored.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>删除谈话记录</source>
        <translation>Delete talk record</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>请先选择一条谈话记录。</source>
        <translation>Choose a talk record first.</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <location filename="../../ui/widgets/time_field.py" line="+28"/>
        <source>如 09:30</source>
        <translation>e.g. 09:30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>时和分，如 09:30 或 930</source>
        <translation>Hours and minutes, e.g. 09:30 or 930</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>请写成 09:30 这样的时间</source>
        <translation>Write the time like 09:30</translation>
    </message>
</context>
<context>
    <name>dates</name>
    <message>
        <location filename="../../ui/words.py" line="+40"/>
        <source>{0}年{1}月{2}日</source>
        <translation>{0}-{1}-{2}</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../exports/archive/build.py" line="+69"/>
        <source>无法在“{0}”中建立归档文件夹，请检查是否有写入权限</source>
        <translation>Cannot create the archive folder in &quot;{0}&quot;: check that you may write there</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>无法替换“{0}”：请先关闭已在 Word 或其他程序中打开的归档文件后再试</source>
        <translation>Cannot replace &quot;{0}&quot;: close the archive file open in Word or another program, then try again</translation>
    </message>
    <message>
        <location filename="../../exports/atomic.py" line="+37"/>
        <source>无法在文件夹“{0}”中保存文件，请检查是否有写入权限或磁盘空间（{1}）</source>
        <translation>Cannot save the file in folder &quot;{0}&quot;: check that you may write there and that there is disk space ({1})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>无法保存“{0}”：请先关闭已在 Word 或其他程序中打开的文件，并确认有写入权限后再试</source>
        <translation>Cannot save &quot;{0}&quot;: close the file if it is open in Word or another program, check that you may write there, then try again</translation>
    </message>
    <message>
        <location filename="../../models/backup.py" line="+85"/>
        <source>备份文件用另一个密码加密，现在无法校验：{0}</source>
        <translation>The backup file is encrypted with another password and cannot be checked now: {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>备份文件无法读取或已损坏：{0}</source>
        <translation>The backup file cannot be read or is damaged: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>备份文件校验未通过（已损坏）：{0}</source>
        <translation>The backup file failed the check (it is damaged): {0}</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../models/password.py" line="+61"/>
        <source>数据库文件不存在：{0}</source>
        <translation>Database file does not exist: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>无法创建备份文件夹 {0}：{1}</source>
        <translation>Cannot create the backup folder {0}: {1}</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+174"/>
        <source>备份失败：{0}</source>
        <translation>Backup failed: {0}</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>数据库文件已损坏，没有备份（以前的备份都保留着）。请从完好的备份恢复。</source>
        <translation>The database file is damaged, no backup made (earlier backups are all kept). Restore from a good backup.</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>备份失败：同一秒内的备份过多（{0}）</source>
        <translation>Backup failed: too many backups within one second ({0})</translation>
    </message>
    <message>
        <location filename="../../models/faults.py" line="+55"/>
        <source>磁盘空间已满，这次的修改没有保存（之前已保存的记录都在）。请删除不需要的文件或换一个有空间的位置，然后重试。</source>
        <translation>The disk is full: this change was not saved (records saved before are all there). Delete files you do not need or choose a place with space, then try again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>数据库文件是只读的（文件、文件夹或所在的光盘/U 盘不允许写入），只能查看、打印和导出。如需修改，请把它复制到可写的位置再打开。</source>
        <translation>The database file is read-only (the file, folder, disc or USB drive cannot be written to): you can only view, print and export. To make changes, copy it to a writable place and open it there.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>数据库文件正被其他程序占用（例如备份或同步软件，或另一个组织生活记录本），请稍后重试；如一直如此，请关闭其他程序。</source>
        <translation>The database file is in use by another program (e.g. backup or sync software, or another OrgLife): try again later; if this goes on, close the other program.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>数据库文件已损坏，程序没有对它做任何修改。请从备份恢复（设置 → 备份与恢复，或 restore 命令）。</source>
        <translation>The database file is damaged; the program has not changed it. Restore from a backup (Settings → Backup and restore, or the restore command).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>当前登录名无权做这项修改（党委的只读登录名只能查阅；书记员的登录名只能修改本支部的记录），这次的修改没有保存。如需修改，请用本支部书记员的登录名连接服务器（设置 → 数据库）。</source>
        <translation>This login may not make this change (the Party committee&apos;s read-only login can only view; a clerk&apos;s login can only change its own branch&apos;s records), so the change was not saved. To make it, connect to the server with this branch&apos;s clerk login (Settings → Database).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>读写数据库文件时出错（磁盘或 U 盘可能已拔出或有故障），这次的修改没有保存。请检查磁盘后重试。</source>
        <translation>Error reading or writing the database file (the disk or USB drive may have been removed or be faulty): this change was not saved. Check the disk and try again.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>无法保存“{0}”：磁盘空间已满。请删除不需要的文件或换一个有空间的位置，然后重试。</source>
        <translation>Cannot save &quot;{0}&quot;: the disk is full. Delete files you do not need or choose a place with space, then try again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>无法保存“{0}”：该位置是只读的（光盘或写保护的 U 盘）。请换一个保存位置。</source>
        <translation>Cannot save &quot;{0}&quot;: the place is read-only (a disc or write-protected USB drive). Choose another place to save.</translation>
    </message>
    <message>
        <location filename="../../models/health.py" line="+46"/>
        <source>无法读取数据库文件：{0}（{1}）</source>
        <translation>Cannot read the database file: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../models/keys.py" line="+108"/>
        <source>无法读取数据库的密钥说明文件：{0}（{1}）</source>
        <translation>Cannot read the database&apos;s key file: {0} ({1})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>该数据库的密码锁由更新版本的组织生活记录本设置，请升级程序后再打开：{0}</source>
        <translation>This database&apos;s password lock was set by a newer version of OrgLife: update the program, then open it: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>数据库的密钥说明文件已损坏：{0}。请从备份中把同名的 {1} 复制回来。</source>
        <translation>The database&apos;s key file is damaged: {0}. Copy the file {1} of the same name back from a backup.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>密码太短：至少要 {0} 个字符。</source>
        <translation>Password too short: at least {0} characters.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>该数据库没有设置密码锁：{0}</source>
        <translation>This database has no password lock: {0}</translation>
    </message>
    <message>
        <location filename="../../models/password.py" line="-10"/>
        <location line="+124"/>
        <source>该数据库没有设置密码锁。</source>
        <translation>This database has no password lock.</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>数据库仍在本程序中打开，请先关闭它再更改密码。</source>
        <translation>The database is still open in this program: close it before changing the password.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+33"/>
        <source>更改密码失败，数据库没有改动：{0}</source>
        <translation>Changing the password failed, the database is unchanged: {0}</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+27"/>
        <source>数据库正被其他程序使用，无法更改密码。请关闭其他程序后重试。</source>
        <translation>The database is in use by another program, so the password cannot be changed. Close the other program and try again.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>无法删除备份 {0}：{1}</source>
        <translation>Cannot delete backup {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../models/restore.py" line="+55"/>
        <source>数据库仍在本程序中打开，请先关闭它再恢复。</source>
        <translation>The database is still open in this program: close it before restoring.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>数据保存在服务器上，请用服务器自带的工具恢复（例如 pg_restore）。</source>
        <translation>The data is kept on the server: restore it with the server&apos;s own tools (e.g. pg_restore).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>没有恢复：{0}</source>
        <translation>Not restored: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>数据库已恢复，但无法重新打开：{0}请关闭程序后重新打开。</source>
        <translation>The database was restored but cannot be reopened: {0}Close the program and open it again.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>正在从备份恢复数据库，请稍候再试。</source>
        <translation>The database is being restored from a backup: please try again shortly.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>该文件不是组织生活记录本的数据库或备份：{0}</source>
        <translation>This file is not an OrgLife database or backup: {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>该备份由更新版本的组织生活记录本创建，请先升级本程序再恢复。</source>
        <translation>This backup was made by a newer version of OrgLife: update this program before restoring.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>无法把当前数据库文件移到一旁（{0}），没有恢复。</source>
        <translation>Cannot move the current database file aside ({0}): not restored.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>数据库旁边仍有 {0}{1} 文件，没有恢复。</source>
        <translation>There is still a {0}{1} file beside the database: not restored.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>恢复失败：{0}</source>
        <translation>Restore failed: {0}</translation>
    </message>
    <message>
        <location filename="../../models/roster/excel.py" line="+268"/>
        <source>表格中找不到“姓名”列。请在第一行写上列标题（姓名、性别、入党日期……）后再导入。</source>
        <translation>No &quot;姓名&quot; (name) column in the table. Put the column headings (姓名, 性别, 入党日期…) in the first row, then import.</translation>
    </message>
    <message>
        <location filename="../../models/roster/export.py" line="+68"/>
        <source>无法写入“{0}”。请先关闭已在 Excel 中打开的文件，再试一次。</source>
        <translation>Cannot write &quot;{0}&quot;. Close the file if it is open in Excel, then try again.</translation>
    </message>
    <message>
        <location filename="../../models/roster/workbook.py" line="+21"/>
        <source>无法读取“{0}”：它不是可读取的 Excel 工作簿（.xlsx）。请用 Excel 打开后另存为 .xlsx 再试。</source>
        <translation>Cannot read &quot;{0}&quot;: it is not an Excel workbook (.xlsx) that can be read. Open it in Excel, save it as .xlsx and try again.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>“{0}”解压后有 {1} MB，远超一份名册的大小，可能已损坏或不安全，已拒绝读取。请用 Excel 打开、只保留名册所在的工作表后另存为 .xlsx 再试。</source>
        <translation>&quot;{0}&quot; unpacks to {1} MB, far more than a roster; it may be damaged or unsafe and was not read. Open it in Excel, keep only the roster&apos;s worksheet, save it as .xlsx and try again.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>找不到文件：{0}</source>
        <translation>File not found: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>这是旧版 Excel 文件（.xls）。请在 Excel 中“另存为” .xlsx 格式后再导入。</source>
        <translation>This is an old Excel file (.xls). In Excel, &quot;Save as&quot; .xlsx, then import.</translation>
    </message>
    <message>
        <location filename="../../models/rotation.py" line="+86"/>
        <source>无法删除过期的备份 {0}：{1}</source>
        <translation>Cannot delete the expired backup {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../models/services/base.py" line="+190"/>
        <source>找不到记录：{0}</source>
        <translation>Record not found: {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} 年度已归档锁定，该年度的记录只能以更正方式修改。</source>
        <translation>The year {0} is archived and locked: its records can only be changed by an amendment.</translation>
    </message>
    <message>
        <location filename="../../models/services/documents.py" line="+41"/>
        <source>找不到会议或谈话记录：{0}</source>
        <translation>Meeting or talk record not found: {0}</translation>
    </message>
    <message>
        <location filename="../../models/services/meetings.py" line="+110"/>
        <source>该记录已定稿，修改需说明理由并作为更正记录保存。</source>
        <translation>This record is final: to change it, give a reason and save it as an amendment.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>{0} 年度已归档锁定，补充附件需作为更正保存并说明理由。</source>
        <translation>The year {0} is archived and locked: adding an attachment must be saved as an amendment with a reason.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>该记录已定稿，不能删除。</source>
        <translation>This record is final and cannot be deleted.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>记录引用了不存在的人员或党小组：{0}</source>
        <translation>The record refers to a person or Party group that does not exist: {0}</translation>
    </message>
    <message>
        <location filename="../../models/services/password.py" line="+47"/>
        <source>数据保存在服务器上，密码锁只适用于本机的数据库文件；服务器的数据由服务器加密。</source>
        <translation>The data is kept on the server: the password lock only applies to database files on this computer; the server encrypts its own data.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>数据库文件是只读的，无法设置或取消密码锁。请把它复制到可写的位置再打开。</source>
        <translation>The database file is read-only, so the password lock cannot be set or removed. Copy it to a writable place and open it there.</translation>
    </message>
    <message>
        <location filename="../../models/services/people.py" line="+47"/>
        <source>找不到党小组：{0}</source>
        <translation>Party group not found: {0}</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+42"/>
        <location line="+31"/>
        <source>找不到人员：{0}</source>
        <translation>Person not found: {0}</translation>
    </message>
    <message>
        <location filename="../../models/services/records.py" line="+133"/>
        <source>找不到人员或会议：{0}</source>
        <translation>Person or meeting not found: {0}</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>记录引用了不存在的人员或会议：{0}</source>
        <translation>The record refers to a person or meeting that does not exist: {0}</translation>
    </message>
    <message>
        <location filename="../../models/storage/errors.py" line="+30"/>
        <source>这条记录已在别处（另一个窗口或另一台计算机）被删除，您的修改没有保存。</source>
        <translation>This record was deleted elsewhere (in another window or on another computer): your changes were not saved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>这条记录已在别处（另一个窗口或另一台计算机）被修改，您的修改没有保存，以免覆盖别人的修改。请重新载入后再修改。</source>
        <translation>This record was changed elsewhere (in another window or on another computer): your changes were not saved, so as not to overwrite the other changes. Reload it and make your changes again.</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <location filename="../../models/backup.py" line="-267"/>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{0}&#x3000;{1}：人员 {2} 人，会议 {3} 次，谈话 {4} 次（{5} MB）</source>
        <translation>{0}   {1}: {2} people, {3} meetings, {4} talks ({5} MB)</translation>
    </message>
    <message>
        <location filename="../../models/orglife/dossier.py" line="+50"/>
        <source>已征求意见 {0} 条（来自：{1}）</source>
        <translation>{0} opinions collected (from: {1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已征求意见 {0} 条</source>
        <translation>{0} opinions collected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>尚未登记征求到的意见</source>
        <translation>No opinions collected yet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0}与{1}（支委委员之间）尚未谈话</source>
        <translation>{0} and {1} (committee members) have not talked yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}尚未与支委委员谈话</source>
        <translation>{0} has not talked with the committee members yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>会前已谈话 {0} 次</source>
        <translation>{0} talks before the meeting</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>已提交 {0} 人，共 {1} 人</source>
        <translation>{0} of {1} handed in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>尚未提交对照检查材料：{0}</source>
        <translation>Self-examination not handed in: {0}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>会议定于{0}召开</source>
        <translation>Meeting set for {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>尚未记录自我批评：{0}</source>
        <translation>Self-criticism not recorded: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已记录自我批评 {0} 人，相互批评意见 {1} 条</source>
        <translation>Self-criticism recorded for {0}, {1} criticisms of others</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>整改事项 {0} 项，已销号 {1} 项</source>
        <translation>{0} rectification items, {1} closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>尚未列出整改清单</source>
        <translation>No rectification list yet</translation>
    </message>
    <message>
        <location filename="../../models/overview/grid.py" line="+103"/>
        <location filename="../../models/services/search.py" line="+14"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../models/overview/reminders.py" line="+61"/>
        <source>本月</source>
        <translation>This month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本季度</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本年度</source>
        <translation>This year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（已开 {0} 次，应开 {1} 次）</source>
        <translation>(held {0}, required {1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}还没有{1}{2}，截止 {3}</source>
        <translation>{0}: no {1} yet{2}, due {3}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{0}与{1}</source>
        <translation>{0} and {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../models/roster/excel.py" line="-114"/>
        <location filename="../../models/words.py" line="+87"/>
        <source>{0}、{1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} 对支委之间（{1}）</source>
        <translation>{0} pairs of committee members ({1})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} 对支委之间</source>
        <translation>{0} pairs of committee members</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>等 {0} 名党员</source>
        <translation> and others ({0} members)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>支委</source>
        <translation>the committee</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>书记（副书记）</source>
        <translation>the secretary (or deputy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}{1}与{2}之间</source>
        <translation>{0}{1} with {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}年还有 {1}未开展谈心谈话</source>
        <translation>{0}: heart-to-heart talks still to hold: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}，{1}</source>
        <translation>{0}, {1}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>入党积极分子{0}的培养考察已于 {1} 满一年，可由支委会研究是否列为发展对象</source>
        <translation>Activist {0} completed a year of training on {1}; the committee may consider naming them a candidate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>入党积极分子{0}的培养考察将于 {1} 满一年，可由支委会研究是否列为发展对象</source>
        <translation>Activist {0} completes a year of training on {1}; the committee may then consider naming them a candidate</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>预备党员{0}的预备期已于 {1} 届满，尚未记录转正，请召开支部党员大会讨论其转正</source>
        <translation>Probationary member {0}&apos;s probation ended on {1} and full membership is not recorded: hold a branch general meeting to discuss it</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>预备党员{0}的预备期将于 {1} 届满，请准备支部党员大会讨论其转正</source>
        <translation>Probationary member {0}&apos;s probation ends on {1}: prepare a branch general meeting to discuss full membership</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>整改事项“{0}”已过整改期限（{1}），尚未销号</source>
        <translation>Rectification item &quot;{0}&quot; is past its deadline ({1}) and not closed</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>有 {0} 条一周前的会议记录仍是草稿（最早的是{1}的“{2}”），请补全后定稿</source>
        <translation>{0} meeting records over a week old are still drafts (the oldest is &quot;{2}&quot; of {1}): complete and finalise them</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}的“{1}”记录仍是草稿，请补全后定稿</source>
        <translation>The record &quot;{1}&quot; of {0} is still a draft: complete and finalise it</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{0}年度的归档已过 {1} 的报送期限，请尽快生成年度归档并报送上级党组织</source>
        <translation>The {0} yearly archive is past its deadline ({1}): make the yearly archive and send it to the higher Party organisation soon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}年度的归档应在 {1} 前报送上级党组织</source>
        <translation>The {0} yearly archive must be sent to the higher Party organisation by {1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>还没有备份过数据，请备份一次</source>
        <translation>Data has never been backed up: make a backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已超过一周没有备份数据（上次备份：{0}），请备份一次</source>
        <translation>No backup for over a week (last backup: {0}): make a backup</translation>
    </message>
    <message>
        <location filename="../../models/record_limits.py" line="+77"/>
        <source>附件“{0}”超过 {1} MB（{2} MB），请压缩或拆分</source>
        <translation>Attachment &quot;{0}&quot; is over {1} MB ({2} MB): compress or split it</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{0}过长：{1} 个字符（最多 {2} 个），请缩短</source>
        <translation>{0} is too long: {1} characters (at most {2}): shorten it</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}中含有看不见的控制字符 {1}，请删去</source>
        <translation>{0} contains an invisible control character {1}: delete it</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}过长：{1} 个字符（最多 {2} 个），请分成几段记录或删减</source>
        <translation>{0} is too long: {1} characters (at most {2}): split it into several entries or cut it</translation>
    </message>
    <message>
        <location filename="../../models/roster/dates.py" line="+47"/>
        <source>“{0}”不是存在的年月</source>
        <translation>&quot;{0}&quot; is not a real month</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>“{0}”不是存在的日期</source>
        <translation>&quot;{0}&quot; is not a real date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“{0}”只有年月，请补全到日，例如 2025年3月12日</source>
        <translation>&quot;{0}&quot; has only year and month: add the day, e.g. 12 Mar 2025 (2025年3月12日)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“{0}”不是可识别的日期，请写成 2025-03-12、2025/3/12 或 2025年3月12日</source>
        <translation>&quot;{0}&quot; is not a date: write it as 2025-03-12, 2025/3/12 or 2025年3月12日</translation>
    </message>
    <message>
        <location filename="../../models/roster/excel.py" line="-93"/>
        <source>已导入 {0} 人。</source>
        <translation>Imported {0} people.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>按表格更新名册中的 {0} 人。</source>
        <translation>Updated {0} people in the roster from the table.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>跳过已在名册中的 {0} 人。</source>
        <translation>Skipped {0} people already in the roster.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>新建党小组：{0}</source>
        <translation>New Party group: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>未导入任何人员。</source>
        <translation>No one imported.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>第 {0} 行：{1}</source>
        <translation>Row {0}: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}
{1}</source>
        <translation>{0}
{1}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>与第 {0} 行重名</source>
        <translation>Same name as row {0}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>表格中有名册没有的{0}：选“用表格内容更新名册”可补上</source>
        <translation>The table has {0} not in the roster: choose &quot;Update roster from table&quot; to add them</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+14"/>
        <location filename="../../models/rules/warnings.py" line="+120"/>
        <location line="+4"/>
        <location filename="../../models/services/search.py" line="+167"/>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>{0}只有年月，按 {1}年{2}月1日 记入，知道具体日期的请导入后更正</source>
        <translation>{0} has only year and month: entered as {1}-{2}-1; correct it after import if you know the day</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../../models/roster/validate.py" line="+20"/>
        <source>人员类别“{0}”无法识别（应为 党员、发展对象 或 入党积极分子）</source>
        <translation>Person kind &quot;{0}&quot; not recognised (should be 党员, 发展对象 or 入党积极分子)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>名册中已有“{0}”，出生日期未填，无法确定是否同一人；请在导入窗口中确认，或在表格中填写出生日期</source>
        <translation>The roster already has &quot;{0}&quot; with no date of birth, so it may or may not be the same person: confirm in the import window, or fill in the date of birth in the table</translation>
    </message>
    <message>
        <location filename="../../models/roster/validate.py" line="-4"/>
        <source>姓名不能为空</source>
        <translation>Name cannot be empty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>姓名不能超过 50 个字</source>
        <translation>Name cannot be over 50 characters</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>性别“{0}”无法识别（应为 男 或 女）</source>
        <translation>Sex &quot;{0}&quot; not recognised (should be 男 or 女)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>党员必须填写入党日期</source>
        <translation>A member must have a date joined</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>只有党员才有转正日期</source>
        <translation>Only members have a date of full membership</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>转正日期必须晚于入党日期</source>
        <translation>Date of full membership must be after date joined</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>入党日期必须晚于出生日期</source>
        <translation>Date joined must be after date of birth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>离开日期必须晚于入党日期</source>
        <translation>Date left must be after date joined</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>离开日期必须晚于转入日期</source>
        <translation>Date left must be after date transferred in</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>填写了离开原因，也请填写离开日期</source>
        <translation>A reason for leaving is given: please also enter the date left</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0}日期不能早于{1}日期</source>
        <translation>{0} date cannot be before {1} date</translation>
    </message>
    <message>
        <location filename="../../models/rules/committee.py" line="+75"/>
        <source>本支部现有正式党员 {0} 人，不足 {1} 人：按《中国共产党支部工作条例（试行）》，不设支部委员会，只设书记（必要时设副书记）。如属此情况，请在“设置 → 支部信息”中注明，支委会和支委之间的谈心谈话就不再计为应开展。</source>
        <translation>The branch has {0} full members, fewer than {1}: under the Regulations on the Work of CPC Branches (Trial), it has no branch committee, only a secretary (and a deputy if needed). If so, note it in &quot;Settings → Branch info&quot;; committee meetings and talks between committee members will then not be required.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>本支部现有正式党员 {0} 人，已达 {1} 人：按《中国共产党支部工作条例（试行）》，应当设立支部委员会。选出支部委员会后，请在“设置 → 支部信息”中注明设立的日期。</source>
        <translation>The branch has {0} full members, at least {1}: under the Regulations on the Work of CPC Branches (Trial), it should set up a branch committee. Once it is elected, note the date it was set up in &quot;Settings → Branch info&quot;.</translation>
    </message>
    <message>
        <location filename="../../models/rules/elections.py" line="+64"/>
        <source>{0}的应选人数须至少 1 名</source>
        <translation>{0}: seats must be at least 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>差额选举，候选人应多于应选人数的 20%</source>
        <translation>More candidates than seats: candidates should exceed seats by 20%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>候选人不能少于应选人数</source>
        <translation>Candidates cannot be fewer than seats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}应选 {1} 名，候选人 {2} 名：{3}，至少 {4} 名</source>
        <translation>{0}: {1} seats, {2} candidates: {3}, at least {4}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>无效票 {0} 张，多于收回的选票 {1} 张</source>
        <translation>{0} invalid ballots, more than the {1} ballots returned</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}的赞成、不赞成、弃权合计 {1} 票，多于有效选票 {2} 张</source>
        <translation>{0}: For, Against and Abstain total {1} votes, more than the {2} valid ballots</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}在候选人中重复出现</source>
        <translation>{0} appears more than once among the candidates</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../../models/rules/votes.py" line="+98"/>
        <source>超过应到会人数的五分之四，符合规定</source>
        <translation>More than four fifths of those expected, in order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未超过应到会人数的五分之四，选举无效</source>
        <translation>Not more than four fifths of those expected, election invalid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应到会有选举权党员 {0} 人，实到 {1} 人，{2}</source>
        <translation>Expected voting members {0}, present {1}, {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发出选票 {0} 张，收回 {1} 张，有效 {2} 张，无效 {3} 张</source>
        <translation>Ballots issued {0}, returned {1}, valid {2}, invalid {3}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}；{1}，收回的选票多于发出的选票，选举无效</source>
        <translation>{0}; {1}, more ballots returned than issued, election invalid</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{0}；{1}，选举有效</source>
        <translation>{0}; {1}, election valid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}获得的赞成票超过应到会有选举权人数的一半，当选为{1}</source>
        <translation>{0} won For votes from more than half of the voting members expected, elected as {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}得票相等，需就这 {1} 人再次投票，确定其余 {2} 名</source>
        <translation>{0} tied: vote again on these {1} to fill the remaining {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>当选人数少于应选名额，尚缺 {0} 名，需另行选举</source>
        <translation>Fewer elected than seats, {0} short, another election needed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>没有候选人获得超过应到会有选举权人数一半的赞成票</source>
        <translation>No candidate won For votes from more than half of the voting members expected</translation>
    </message>
    <message>
        <location filename="../../models/rules/path.py" line="+69"/>
        <source>{0}：{1}的日期（{2}）早于{3}（{4}）</source>
        <translation>{0}: date of {1} ({2}) is before {3} ({4})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}：确定为入党积极分子不满一年即列为发展对象（应培养考察一年以上）</source>
        <translation>{0}: named a candidate less than a year after being named an activist (training should last over a year)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}：预备期不满一年即转为正式党员（预备期为一年）</source>
        <translation>{0}: became a full member with less than a year of probation (probation is one year)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{0}：自 {1} 起为中共预备党员（入党日期）。</source>
        <translation>{0}: probationary CPC member from {1} (date joined).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}：转为中共正式党员，转正日期为预备期满之日 {1}。</source>
        <translation>{0}: full CPC member, on the end of probation {1}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}：自 {1} 起为入党积极分子。</source>
        <translation>{0}: activist from {1}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}：自 {1} 起列为发展对象。</source>
        <translation>{0}: candidate from {1}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>预备期满 {0}，召开支部党员大会讨论转正</source>
        <translation>Probation ends {0}: branch general meeting discusses full membership</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>政治审查、培训后，支部党员大会讨论接收</source>
        <translation>After political review and training, a branch general meeting discusses admission</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}起可列为发展对象</source>
        <translation>Can be named a candidate from {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请填写确定为积极分子的日期</source>
        <translation>Enter the date named an activist</translation>
    </message>
    <message>
        <location filename="../../models/rules/term.py" line="+53"/>
        <source>本届支部委员会任期已于 {0} 届满，请及时按程序进行换届选举。</source>
        <translation>The branch committee&apos;s term ended on {0}: hold the re-election as required.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本届支部委员会任期将于 {0} 届满（不足三个月），请提前做好换届准备。</source>
        <translation>The branch committee&apos;s term ends on {0} (under three months): prepare the re-election.</translation>
    </message>
    <message>
        <location filename="../../models/rules/votes.py" line="-16"/>
        <source>委员</source>
        <translation>committee members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有表决权党员</source>
        <translation>voting members</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>应到会{0} 0 人，不能进行表决</source>
        <translation>Expected {0}: 0, no vote can be taken</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>未超过应到会人数的五分之四，表决无效</source>
        <translation>Not more than four fifths of those expected, vote invalid</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+102"/>
        <source>超过半数，符合规定</source>
        <translation>More than half, in order</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>未超过半数，表决无效</source>
        <translation>Not more than half, vote invalid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应到会{0} {1} 人，实到 {2} 人，{3}</source>
        <translation>Expected {0}: {1}, present: {2}; {3}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>赞成、反对、弃权合计 {0} 票，超过实到{1} {2} 人</source>
        <translation>For, Against and Abstain total {0} votes, more than the {2} {1} present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}；但{1}，表决无效</source>
        <translation>{0}; but {1}, vote invalid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}；且{1}</source>
        <translation>{0}; and {1}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>书面意见 {0} 份，超过未到会的{1} {2} 人，表决无效</source>
        <translation>{0} written opinions, more than the {2} {1} absent, vote invalid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}；但{1}</source>
        <translation>{0}; but {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>（其中书面意见 {0} 票）</source>
        <translation>(of which {0} in writing)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>赞成 {0} 票{1}，超过应到会{2}半数，决议通过</source>
        <translation>For: {0}{1}, more than half of the {2} expected, resolution passed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>赞成 {0} 票{1}，未超过应到会{2}半数，决议未通过</source>
        <translation>For: {0}{1}, not more than half of the {2} expected, resolution not passed</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+19"/>
        <location filename="../../models/words.py" line="-10"/>
        <source>{0}；{1}</source>
        <translation>{0}; {1}</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>应到会有表决权党员 0 人，不能进行表决</source>
        <translation>Expected voting members: 0, no vote can be taken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>超过半数，可以表决</source>
        <translation>More than half, vote can be taken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未超过半数，不能表决（至少须到会 {0} 人）</source>
        <translation>Not more than half, no vote (at least {0} must attend)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应到会有表决权党员 {0} 人，实到 {1} 人，{2}</source>
        <translation>Expected voting members {0}, present {1}, {2}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>选举须超过五分之四（至少 {0} 人），已达到</source>
        <translation>An election needs more than four fifths (at least {0}): reached</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>选举须超过五分之四（至少 {0} 人），还差 {1} 人</source>
        <translation>An election needs more than four fifths (at least {0}): {1} short</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>会议当天没有在任的支部委员，无法核对到会人数</source>
        <translation>No committee member in office on the meeting day, attendance cannot be checked</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>未超过半数，不符合规定</source>
        <translation>Not more than half, not in order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应到支部委员 {0} 人，实到 {1} 人，{2}</source>
        <translation>Expected committee members {0}, present {1}, {2}</translation>
    </message>
    <message>
        <location filename="../../models/rules/warnings.py" line="-96"/>
        <source>主持人{0}在会议当天不是本支部党员</source>
        <translation>Chair {0} was not a member of this branch on the meeting day</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>应到名单中{0}重复出现</source>
        <translation>{0} is listed twice among those expected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>应到名单中{0}在会议当天不在本支部</source>
        <translation>{0} among those expected was not in this branch on the meeting day</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>党小组会没有指定党小组</source>
        <translation>No Party group chosen for the Party group meeting</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>党小组会应到名单中{0}不是{1}的成员</source>
        <translation>{0} among those expected is not a member of {1}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>会议当天本支部未设支部委员会（见“设置 → 支部信息”）：支委会记录请核对会议类型或支部委员会的设立日期</source>
        <translation>The branch had no branch committee on the meeting day (see &quot;Settings → Branch info&quot;): check the meeting kind or the date the committee was set up</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>支委会到会委员未超过半数：{0}</source>
        <translation>Not more than half of committee members present: {0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+6"/>
        <source>第 {0} 项决议：{1}</source>
        <translation>Resolution {0}: {1}</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>第 {0} 项决议的表决票数合计 {1} 票，超过实到{2} {3} 人，表决无效</source>
        <translation>Resolution {0}: votes total {1}, more than the {3} {2} present, vote invalid</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>第 {0} 项决议：{1}的预备期到 {2} 才届满，尚不能讨论转正</source>
        <translation>Resolution {0}: {1}&apos;s probation ends only on {2}, full membership cannot be discussed yet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>第 {0} 项决议的选举</source>
        <translation>Election in resolution {0}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>评为优秀 {0} 人，超过参评党员 {1} 人的三分之一</source>
        <translation>{0} rated excellent, more than a third of the {1} members evaluated</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0}的得票合计 {1} 票，超过参加评议的 {2} 人</source>
        <translation>{0}: votes total {1}, more than the {2} taking part</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>没有应到人员名单</source>
        <translation>No list of those expected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>出席情况还没有登记（实到 0 人）</source>
        <translation>Attendance not recorded yet (0 present)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>没有填写主持人或记录人</source>
        <translation>No chair or minute-taker entered</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>发言人“{0}”不在名册中：如是名册中的人员，请从列表中选择</source>
        <translation>Speaker &quot;{0}&quot; is not in the roster: if they are, choose them from the list</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <location filename="../../models/backup.py" line="-1"/>
        <source>（无支部）</source>
        <translation>(no branch)</translation>
    </message>
    <message>
        <location filename="../../models/orglife/dossier.py" line="-81"/>
        <source>征求意见</source>
        <translation>Collect opinions</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../models/overview/grid.py" line="-76"/>
        <location filename="../../models/vocabulary.py" line="+74"/>
        <source>谈心谈话</source>
        <translation>Heart-to-heart talks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>对照检查材料</source>
        <translation>Self-examination</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>召开会议（批评和自我批评）</source>
        <translation>Meeting (criticism and self-criticism)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>整改清单</source>
        <translation>Rectification list</translation>
    </message>
    <message>
        <location filename="../../models/overview/grid.py" line="-3"/>
        <source>支委会</source>
        <translation>Committee meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>民主评议</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>书记讲党课</source>
        <translation>Secretary&apos;s Party lecture</translation>
    </message>
    <message>
        <location filename="../../models/overview/reminders.py" line="-135"/>
        <source>按模板新建</source>
        <translation>New from template</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>去谈心谈话</source>
        <translation>Go to talks</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>去支部信息</source>
        <translation>Go to branch info</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>查看人员</source>
        <translation>View people</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>查看党员</source>
        <translation>View members</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>查看支部委员会</source>
        <translation>View branch committee</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>查看整改事项</source>
        <translation>View rectification items</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>查看草稿</source>
        <translation>View drafts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>打开记录</source>
        <translation>Open record</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>去年度归档</source>
        <translation>Go to yearly archive</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>去备份</source>
        <translation>Go to backup</translation>
    </message>
    <message>
        <location filename="../../models/record_limits.py" line="-83"/>
        <source>标题</source>
        <translation>Heading</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>授课人</source>
        <translation>Lecturer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>党课题目</source>
        <translation>Lecture topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>列席人员姓名</source>
        <translation>Attendee name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>列席人员职务</source>
        <translation>Attendee post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>谈话类型</source>
        <translation>Talk kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>谈话主题</source>
        <translation>Talk subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>附件名</source>
        <translation>Attachment name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>附件类型</source>
        <translation>Attachment kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发言人姓名</source>
        <translation>Speaker name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../models/roster/fields.py" line="+9"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../models/roster/excel.py" line="-66"/>
        <location filename="../../models/roster/fields.py" line="+2"/>
        <source>民族</source>
        <translation>Ethnic group</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../models/roster/excel.py" line="-1"/>
        <location filename="../../models/roster/fields.py" line="+2"/>
        <source>学历</source>
        <translation>Education</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../models/roster/excel.py" line="-2"/>
        <location filename="../../models/roster/fields.py" line="+5"/>
        <source>职务</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../models/roster/excel.py" line="+1"/>
        <location filename="../../models/roster/fields.py" line="+1"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../models/roster/fields.py" line="+3"/>
        <source>离开原因</source>
        <translation>Reason for leaving</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>党支部全称</source>
        <translation>Full branch name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>简称</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上级党组织</source>
        <translation>Higher Party organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全宗号</source>
        <translation>Fonds number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>机构代码</source>
        <translation>Organisation code</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../models/services/search.py" line="-163"/>
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会议小结</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../models/roster/fields.py" line="+1"/>
        <source>备注</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../models/services/search.py" line="-2"/>
        <source>发言</source>
        <translation>Speech</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>谈话地点</source>
        <translation>Talk place</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../models/services/search.py" line="+6"/>
        <source>谈话内容</source>
        <translation>Talk content</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>谈话对象的意见</source>
        <translation>Views of the person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>后续跟进</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>一段文字</source>
        <translation>A passage of text</translation>
    </message>
    <message>
        <location filename="../../models/roster/excel.py" line="-5"/>
        <location filename="../../models/roster/fields.py" line="-13"/>
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出生年月</source>
        <translation>Birth month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入党时间</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转正时间</source>
        <translation>Full member on</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../models/roster/fields.py" line="+7"/>
        <source>党小组</source>
        <translation>Party group</translation>
    </message>
    <message>
        <location filename="../../models/roster/fields.py" line="-5"/>
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>人员类别</source>
        <translation>Person kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入党日期</source>
        <translation>Date joined</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转正日期</source>
        <translation>Date of full membership</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>转入日期</source>
        <translation>Date transferred in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>离开日期</source>
        <translation>Date left</translation>
    </message>
    <message>
        <location filename="../../models/roster/validate.py" line="-7"/>
        <location filename="../../models/rules/path.py" line="-121"/>
        <source>申请入党</source>
        <translation>Applied to join</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确定为积极分子</source>
        <translation>Named activist</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../models/rules/path.py" line="+2"/>
        <source>列为发展对象</source>
        <translation>Named candidate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入党</source>
        <translation>Joined</translation>
    </message>
    <message>
        <location filename="../../models/rules/path.py" line="-1"/>
        <source>确定为入党积极分子</source>
        <translation>Named activist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>接收为预备党员</source>
        <translation>Admitted as probationary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转为正式党员</source>
        <translation>Became full member</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../models/vocabulary.py" line="-49"/>
        <source>入党积极分子</source>
        <translation>Activist</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../models/vocabulary.py" line="-1"/>
        <source>发展对象</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../models/rules/status.py" line="+28"/>
        <source>预备党员</source>
        <translation>Probationary member</translation>
    </message>
    <message>
        <location filename="../../models/rules/status.py" line="+1"/>
        <source>正式党员</source>
        <translation>Full member</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary.py" line="-11"/>
        <source>支部党员大会</source>
        <translation>Branch general meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支部委员会会议</source>
        <translation>Branch committee meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>党小组会</source>
        <translation>Party group meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>党课</source>
        <translation>Party lecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主题党日</source>
        <translation>Party day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>组织生活会</source>
        <translation>Org. life meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>民主评议党员</source>
        <translation>Member evaluation</translation>
    </message>
    <message>
        <location filename="../../models/services/search.py" line="-6"/>
        <source>决议</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>议程</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>小结</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../models/vocabulary.py" line="+1"/>
        <location line="+33"/>
        <location line="+12"/>
        <location line="+33"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主讲人</source>
        <translation>Lecturer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>课题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主持人</source>
        <translation>Chair</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>记录人</source>
        <translation>Minute-taker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发言人</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>应到人员</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主题</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>对方意见建议</source>
        <translation>Their views</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>落实情况</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>谈话人</source>
        <translation>Conducted by</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>谈话对象</source>
        <translation>Talked with</translation>
    </message>
    <message>
        <location filename="../../models/vocabulary.py" line="-75"/>
        <source>党员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>书记</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+37"/>
        <source>副书记</source>
        <translation>Deputy secretary</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>组织委员</source>
        <translation>Organisation member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>宣传委员</source>
        <translation>Publicity member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>纪检委员</source>
        <translation>Discipline member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>青年委员</source>
        <translation>Youth member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>委员</source>
        <translation>Member</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>出席</source>
        <translation>Present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>迟到</source>
        <translation>Late</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>早退</source>
        <translation>Left early</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请假</source>
        <translation>Excused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>缺席</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>一般事项</source>
        <translation>General business</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>接收预备党员</source>
        <translation>Admit probationary member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>预备党员转正</source>
        <translation>Full membership</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>选举</source>
        <translation>Election</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>确定入党积极分子</source>
        <translation>Name activists</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>确定发展对象</source>
        <translation>Name candidates</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>患病不能参加</source>
        <translation>Ill, cannot attend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出国出境半年以上</source>
        <translation>Abroad over 6 months</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>外出半年以上未转组织关系</source>
        <translation>Away over 6 months, not transferred</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在服刑</source>
        <translation>Serving a sentence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>支部委员会委员</source>
        <translation>Committee member</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>谈话提醒</source>
        <translation>Reminder talk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提醒谈话</source>
        <translation>Reminder talk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>诫勉谈话</source>
        <translation>Admonition talk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入党谈话</source>
        <translation>Joining talk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>转正谈话</source>
        <translation>Full-membership talk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>优秀</source>
        <translation>Excellent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合格</source>
        <translation>Qualified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>基本合格</source>
        <translation>Basically qualified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不合格</source>
        <translation>Unqualified</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>因公</source>
        <translation>On duty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>病假</source>
        <translation>Sick leave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事假</source>
        <translation>Personal leave</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>转出</source>
        <translation>Transferred out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>去世</source>
        <translation>Died</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>停止党籍</source>
        <translation>Membership suspended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>出党</source>
        <translation>Left the Party</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>退休转出</source>
        <translation>Retired, transferred out</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>研究生</source>
        <translation>Postgraduate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>大学本科</source>
        <translation>Bachelor&apos;s degree</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>大学专科</source>
        <translation>College diploma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中专</source>
        <translation>Technical secondary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>高中</source>
        <translation>Senior high school</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>初中及以下</source>
        <translation>Junior high or below</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>汉族</source>
        <translation>Han</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回族</source>
        <translation>Hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>满族</source>
        <translation>Manchu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>蒙古族</source>
        <translation>Mongol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>壮族</source>
        <translation>Zhuang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>维吾尔族</source>
        <translation>Uyghur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>藏族</source>
        <translation>Tibetan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>苗族</source>
        <translation>Miao</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>彝族</source>
        <translation>Yi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>土家族</source>
        <translation>Tujia</translation>
    </message>
</context>
</TS>
