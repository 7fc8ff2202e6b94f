"""Every setting the program stores, declared once with its default (ui.settings.Option).

Global: the window and the folders the clerk chose. Per database: what belongs to one branch's records (the
filters, the record that was open, the host, recorder and place of the last final record). Options marked
`record_text` hold something of the records and are not stored while the password lock is on.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QByteArray

from ui.settings import Option

# the window
WINDOW_PAGE = Option("window/page", "home", title="上次打开的页面")
WINDOW_GEOMETRY = Option("window/geometry", QByteArray(), title="窗口位置和大小")

# the language of the program's own texts (the records and official documents stay as written: Chinese)
LANGUAGE = Option("ui/language", "zh_CN", title="界面语言")

# folders the clerk chose
CLERK_NAME = Option("clerk/name", "", title="本机使用者姓名（记在定稿和更正上）")
EXPORT_FOLDER = Option("export/folder", "", title=QT_TRANSLATE_NOOP("FoldersPage", "导出文档的文件夹"))
ROSTER_FOLDER = Option("paths/last_folder", "", title="名册 Excel 的文件夹")
BACKUP_FOLDER = Option("backup/folder", "", title="备份文件夹（可选 U 盘）")
ARCHIVE_FOLDER = Option("archive/folder", "", title=QT_TRANSLATE_NOOP("FoldersPage", "年度档案的存放位置"))
ATTACHMENT_FOLDER = Option("paths/attachments_folder", "", title="附件（签到表扫描件、照片）的文件夹")

# the meetings page, per database
OPEN_MEETING = Option("meetings/open", "", per_database=True, title="上次打开的会议记录")
MEETINGS_YEAR = Option("meetings/year", "", per_database=True)
MEETINGS_KIND = Option("meetings/kind", "", per_database=True)
MEETINGS_GROUP = Option("meetings/group", "", per_database=True)
MEETINGS_STATUS = Option("meetings/status", "", per_database=True)
LAST_HOST = Option("meetings/last_host", "", per_database=True, title="上次的主持人", record_text=True)
LAST_RECORDER = Option("meetings/last_recorder", "", per_database=True, title="上次的记录人", record_text=True)
DRAFT_TAB = Option("meetings/draft_tab", 0, per_database=True, title="草稿上次停留的标签页")
LAST_LOCATION = Option("meetings/last_location", "", per_database=True, title="上次的会议地点", record_text=True)

# the roster page, per database
ROSTER_GROUP = Option("roster/group", "*", per_database=True)
ROSTER_KIND = Option("roster/kind", "", per_database=True)
ROSTER_PRESENCE = Option("roster/presence", "in", per_database=True)

# the password lock (global: the settings file is plain, it holds no record text while the lock is on)
LOCK_IDLE_MINUTES = Option("lock/idle_minutes", 10, title="无操作多少分钟后自动锁定（0 表示不自动锁定）")

# the look (global: the same eyes read every branch's records)
TEXT_SCALE = Option("display/text_scale", 100, title="文字大小（%）")
COLOR_SCHEME = Option("display/color_scheme", "system", title="颜色")

# where the records are: this PC's file or the 党委 server (the password never here: in the credential store)
DATABASE_SOURCE = Option("database/source", "file", title="数据库位置")
SERVER_HOST = Option("database/host", "", title="服务器地址")
SERVER_PORT = Option("database/port", 5432, title="端口")
SERVER_DATABASE = Option("database/name", "orglife", title="数据库名称")
SERVER_USER = Option("database/user", "", title="用户名")
SERVER_SSLMODE = Option("database/sslmode", "prefer", title="加密")
SERVER_SSLROOTCERT = Option("database/sslrootcert", "", title="CA 证书（核对服务器证书用）")  # a file's path

# on a database of several branches (the 党委's file, or a server login that sees several): the branch worked on,
# by its uid (unique across databases, so one setting serves every database)
CHOSEN_BRANCH = Option("database/branch", "", title="打开的党支部")

# the home page, per database
HOME_PUT_OFF = Option("home/put_off", "", per_database=True, title="一周后再提醒的事项")

ALL = tuple(value for value in tuple(globals().values()) if isinstance(value, Option))
