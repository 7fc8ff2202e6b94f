"""会议记录: the list of meetings, the new-meeting template, and the editor with its sections."""
