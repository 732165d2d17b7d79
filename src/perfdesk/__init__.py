"""PerfDesk (绩效通): budget performance management for county finance bureaus."""

__version__ = "0.1.0"
APP_NAME = "PerfDesk"
APP_NAME_ZH = "绩效通"
ORG_NAME = "PerfDesk"
