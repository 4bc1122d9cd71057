"""The window of one meeting: members and attendance, a tab per proposal on the agenda, the minutes' text.

Every write goes through the operation runner; the window then refreshes from the change notices like any other
view (a decision issued here reaches the proposal's window and the queue, and theirs reach this one). Once the
signed minutes are attached the meeting shows “Đã ký”, the scan opens in one click, and nothing can be edited.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from lamdong_desktop.domain.accounts import Actor
from lamdong_desktop.domain.errors import DomainError
from lamdong_desktop.domain.meetings import MeetingKind, MeetingState, Step
from lamdong_desktop.messages import SIGNED_WORDS, UNSIGNED_WORDS
from lamdong_desktop.messages.sessions import LATE_WORDS, MEETING_KIND_WORDS, MEETING_LEVEL_WORDS
from lamdong_desktop.services import meeting_votes, meetings, signed_scans
from lamdong_desktop.services.changes import DECISION, MEETING, PROPOSAL, REGISTER, Changes
from lamdong_desktop.services.context import AppContext
from lamdong_desktop.services.meeting_base import Meeting
from lamdong_desktop.services.minutes import MinutesData, minutes_data
from lamdong_desktop.ui.meetings import dialogs as meeting_dialogs
from lamdong_desktop.ui.meetings import documents
from lamdong_desktop.ui.meetings.agenda import AddItemDialog, RemoveItemDialog
from lamdong_desktop.ui.meetings.attendance import AttendancePanel
from lamdong_desktop.ui.meetings.dialogs import AdjournDialog, CloseMeetingDialog
from lamdong_desktop.ui.meetings.item_panel import ItemPanel
from lamdong_desktop.ui.meetings.minutes_panel import MinutesPanel
from lamdong_desktop.ui.meetings.rights import Rights, rights_of
from lamdong_desktop.ui.meetings.text import ALERT_COLOR, OK_COLOR, moment, signed_words, state_text
from lamdong_desktop.ui.shared import messages
from lamdong_desktop.ui.shared.dialogs import CANCEL, SAVE
from lamdong_desktop.ui.shared.layout import resize_to_fit
from lamdong_desktop.ui.shared.operations import Operation, on_changes

RECHECK_AT_MOST_S = 3600  # the start timer's longest wait: a meeting weeks ahead is checked again hourly


class MeetingWindow(QWidget):
    closed = Signal(str)  # the meeting's id

    def __init__(self, ctx: AppContext, actor: Actor, meeting: Meeting, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx, self.actor, self.meeting = ctx, actor, meeting
        self.rights: Rights = rights_of(meeting, actor)
        self.scans = documents.ScanOpener()
        resize_to_fit(self, 1180, 760)
        self.heading = QLabel()
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setStyleSheet("background: #fff4ce; color: #3d2e00; padding: 6px;")
        self.signed_line = QLabel()
        self.signed_line.setObjectName("minutesSigned")
        self.scan_button = QPushButton(self.tr("Mở biên bản đã ký"))
        self.scan_button.clicked.connect(self.open_minutes_scan)
        self.signed_row = QWidget()
        signed = QHBoxLayout(self.signed_row)
        signed.setContentsMargins(0, 0, 0, 0)
        signed.addWidget(self.signed_line, 1)
        signed.addWidget(self.scan_button)

        self.tabs = QTabWidget()
        self.attendance = AttendancePanel(ctx, actor)
        self.minutes = MinutesPanel(ctx, actor)
        self.items: dict[str, ItemPanel] = {}
        self.tabs.addTab(self.attendance, self.tr("Thành viên, điểm danh"))
        self.tabs.addTab(self.minutes, self.tr("Biên bản"))

        self.flash = QLabel()
        self.flash.setStyleSheet(f"color: {OK_COLOR};")
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self.flash.clear)
        self.start_timer = QTimer(self)  # fires when the meeting starts (``_recheck_at_start``)
        self.start_timer.setSingleShot(True)
        self.start_timer.timeout.connect(self.reload)
        self.invitation_button = QPushButton(self.tr("Giấy mời…"))
        self.minutes_button = QPushButton(self.tr("Biên bản…"))
        self.invitation_button.setToolTip(self.tr("Xem bản in giấy mời, để in hoặc lưu PDF"))
        self.minutes_button.setToolTip(self.tr("Xem bản in biên bản cuộc họp (Mẫu 1.9), để in hoặc lưu PDF"))
        self.add_item_button = QPushButton(self.tr("Thêm đề xuất…"))
        self.remove_item_button = QPushButton(self.tr("Rút đề xuất…"))
        self.add_item_button.clicked.connect(self.add_item)
        self.remove_item_button.clicked.connect(self.remove_item)
        self.adjourn_button = QPushButton(self.tr("Hoãn họp…"))
        self.close_meeting_button = QPushButton(self.tr("Kết thúc họp…"))
        self.attach_button = QPushButton(self.tr("Đính kèm biên bản đã ký…"))
        self.close_button = QPushButton(self.tr("Đóng"))
        self.invitation_button.clicked.connect(lambda: self.preview(documents.INVITATION))
        self.minutes_button.clicked.connect(lambda: self.preview(documents.MINUTES))
        self.adjourn_button.clicked.connect(self.adjourn)
        self.close_meeting_button.clicked.connect(self.close_meeting)
        self.attach_button.clicked.connect(lambda: self.attach_signed_minutes())
        self.sign_button = QPushButton(self.tr("Ký số biên bản…"))
        self.sign_button.clicked.connect(lambda: self.sign_minutes())
        self.close_button.clicked.connect(self.close)
        bar = QHBoxLayout()
        for button in (self.add_item_button, self.remove_item_button, self.adjourn_button,
                       self.close_meeting_button, self.attach_button, self.sign_button):
            bar.addWidget(button)
        bar.addWidget(self.flash, 1)
        for button in (self.invitation_button, self.minutes_button, self.close_button):
            bar.addWidget(button)
        for part in (self.attendance, self.minutes):
            part.flash.connect(self.show_status)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.info)
        layout.addWidget(self.banner)
        layout.addWidget(self.signed_row)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bar)
        self.show_meeting(meeting)
        if meeting.items and meeting.state is not MeetingState.CONVENED:
            self.tabs.setCurrentWidget(self.items[meeting.items[0].proposal_id])
        on_changes(ctx, self, self._on_changes)

    # -- following the data --------------------------------------------------------------------------
    def _on_changes(self, changes: Changes, _origin: object) -> None:
        ids = {self.meeting.id} | {i.proposal_id for i in self.meeting.items}
        if changes.touches(MEETING, DECISION, PROPOSAL, REGISTER) and changes.ids & ids:
            self.reload()

    def reload(self) -> None:
        try:
            meeting = meetings.get(self.ctx, self.meeting.id, actor=self.actor)
        except DomainError:
            return  # no longer readable: keep what is shown
        self.show_meeting(meeting)

    def show_meeting(self, meeting: Meeting) -> None:
        self.meeting = meeting
        self.rights = rights = rights_of(meeting, self.actor)
        data: MinutesData | None
        try:
            data = minutes_data(self.ctx, meeting.id, actor=self.actor)
        except DomainError:
            data = None
        self.setWindowTitle(self.tr("{title} — {day}").format(title=meeting.title,
                                                                 day=f"{meeting.held_on:%d/%m/%Y}"))
        self.heading.setText(f"{MEETING_KIND_WORDS[meeting.kind]} — {meeting.title}")
        parts = [self.tr("Thời gian: {when}").format(when=moment(meeting.starts_at)),
                 self.tr("Địa điểm: {place}").format(place=meeting.place),
                 MEETING_LEVEL_WORDS[meeting.level],
                 self.tr("Trạng thái: {state}").format(state=state_text(meeting))]
        if meeting.ends_at:
            parts.append(self.tr("kết thúc {when}").format(when=moment(meeting.ends_at)))
        if meeting.invitation_ref:
            parts.append(self.tr("Giấy mời số {ref}").format(ref=meeting.invitation_ref))
        if meeting.minutes_ref:
            parts.append(self.tr("Biên bản số {ref}").format(ref=meeting.minutes_ref))
        self.info.setText(" · ".join(parts))
        banners = []
        if meeting.state is MeetingState.ADJOURNED:
            banners.append(self.tr("Cuộc họp đã hoãn. Lý do: {reason}").format(reason=meeting.adjourn_reason))
        if meeting.late:
            banners.append(LATE_WORDS + ".")
        self.banner.setText(" ".join(banners))
        self.banner.setVisible(bool(banners))
        ended = meeting.state in (MeetingState.ADJOURNED, MeetingState.CLOSED)
        signed = signed_words(signed_scans.minutes_signatures(self.ctx, actor=self.actor, meeting_id=meeting.id)
                              if meeting.locked else ())
        self.signed_line.setText(self.tr("Biên bản: {state}").format(state=signed) if meeting.locked else (
            self.tr("Biên bản: {state} — in biên bản, trình ký rồi đính kèm bản đã ký.").format(state=UNSIGNED_WORDS)
            if ended else ""))
        self.signed_line.setStyleSheet(f"color: {OK_COLOR if meeting.locked else ALERT_COLOR}; font-weight: bold;")
        self.scan_button.setVisible(meeting.locked)
        self.signed_row.setVisible(bool(self.signed_line.text()))

        self.attendance.load(meeting, rights)
        self.minutes.load(meeting, data.opinions if data else (), rights)
        self._show_items(meeting, rights, data)
        decided = any(i.concluded for i in meeting.items)
        self.adjourn_button.setVisible(rights.head and rights.open and not decided)
        self.adjourn_button.setEnabled(rights.may(Step.ADJOURN))
        self.adjourn_button.setToolTip(rights.why_not(Step.ADJOURN))
        # The agenda changes only before the meeting is held (the services refuse it afterwards).
        agenda = rights.head and meeting.state is MeetingState.CONVENED and not meeting.locked
        self.add_item_button.setVisible(agenda)
        self.remove_item_button.setVisible(agenda and any(not i.concluded for i in meeting.items))
        self.close_meeting_button.setVisible(rights.recorder and rights.open)
        self.close_meeting_button.setEnabled(rights.may(Step.CLOSE) and meeting.state is MeetingState.HELD
                                             and bool(meeting.items))
        self.close_meeting_button.setToolTip(rights.why_not(Step.CLOSE) or (
            "" if meeting.state is MeetingState.HELD else self.tr("Điểm danh trước khi kết thúc cuộc họp.")))
        self._recheck_at_start(rights)
        self.attach_button.setVisible(rights.signs and ended and not meeting.locked)
        self.sign_button.setVisible(rights.signs and ended and not meeting.locked and bool(meeting.minutes_ref))
        self.invitation_button.setVisible(documents.can_print(documents.INVITATION))
        self.minutes_button.setVisible(documents.can_print(documents.MINUTES))

    def _recheck_at_start(self, rights: Rights) -> None:
        """Show the meeting again when it starts: what waited for the start (attendance, ballots, scores) is then
        enabled. The change notices refresh it too; the timer covers a window left open with nothing happening.
        Re-armed at most an hour ahead (a meeting convened weeks ahead), and only while the meeting waits."""
        if rights.open and not rights.started:
            wait = (rights.starts_at - rights.now).total_seconds()
            self.start_timer.start(int(min(wait + 1, RECHECK_AT_MOST_S) * 1000))
        else:
            self.start_timer.stop()

    def _show_items(self, meeting: Meeting, rights: Rights, data: MinutesData | None) -> None:
        wanted = [i.proposal_id for i in meeting.items]
        for proposal_id in list(self.items):
            if proposal_id not in wanted:
                panel = self.items.pop(proposal_id)
                self.tabs.removeTab(self.tabs.indexOf(panel))
                panel.deleteLater()
        agenda = {a.proposal.id: a for a in data.agenda} if data else {}
        for position, item in enumerate(meeting.items):
            if item.proposal_id not in self.items:
                panel = self.items[item.proposal_id] = ItemPanel(self.ctx, self.actor, self.scans)
                panel.flash.connect(self.show_status)
                panel.open_proposal.connect(self.open_proposal)
                self.tabs.insertTab(1 + position, panel, item.ref)
            panel = self.items[item.proposal_id]
            sheet = None
            if meeting.kind is MeetingKind.COUNCIL:
                try:
                    sheet = meeting_votes.score_sheet(self.ctx, meeting.id, item.proposal_id, actor=self.actor)
                except DomainError:
                    sheet = None
            opinions = agenda[item.proposal_id].opinions if item.proposal_id in agenda else ()
            panel.load(meeting, item, rights, sheet, opinions)
            self.tabs.setTabText(self.tabs.indexOf(panel), item.ref + (" ✓" if item.concluded else ""))

    def item_panel(self, ref: str) -> ItemPanel:
        """The tab of the proposal ``ref`` (DX-2026-001), for tests and scripts."""
        item = next(i for i in self.meeting.items if i.ref == ref)
        return self.items[item.proposal_id]

    @property
    def dirty(self) -> bool:
        return self.minutes.dirty or any(panel.dirty for panel in self.items.values())

    def show_status(self, text: str) -> None:
        self.flash.setText(text)
        self._flash_timer.start(5000)

    # -- actions -------------------------------------------------------------------------------------
    def open_proposal(self, proposal_id: str) -> object:
        from lamdong_desktop.ui.meetings.windows import proposal_opener

        opener = proposal_opener()
        return opener(proposal_id) if opener is not None else None

    def add_item(self) -> AddItemDialog:
        dialog = AddItemDialog(self.ctx, self.actor, self.meeting, self)
        if messages.run_dialog(dialog):
            self.show_status(self.tr("Đã thêm đề xuất vào chương trình họp."))
        return dialog

    def remove_item(self) -> RemoveItemDialog:
        dialog = RemoveItemDialog(self.ctx, self.actor, self.meeting, self)
        if messages.run_dialog(dialog):
            self.show_status(self.tr("Đã rút đề xuất khỏi chương trình họp."))
        return dialog

    def adjourn(self) -> AdjournDialog:
        dialog = AdjournDialog(self.ctx, self.actor, self.meeting, self)
        if messages.run_dialog(dialog):
            self.show_status(self.tr("Đã hoãn cuộc họp."))
        return dialog

    def close_meeting(self) -> CloseMeetingDialog:
        dialog = CloseMeetingDialog(self.ctx, self.actor, self.meeting, self)
        if messages.run_dialog(dialog):
            self.show_status(self.tr("Đã kết thúc cuộc họp; biên bản số {ref}.").format(ref=self.meeting.minutes_ref))
        return dialog

    def attach_signed_minutes(self, path: Path | None = None) -> Operation[Meeting] | None:
        """Attach the scan of the signed minutes (asked for when ``path`` is not given): the meeting is locked.

        The copy runs in the background (a scan may be large); the window follows the change notice after it.
        """
        path = documents.scan_to_attach(self, self.ctx, self.tr("Chọn bản chụp biên bản đã ký"), path)
        if path is None:
            return None
        if not messages.confirm(self, self.tr(
                "Đính kèm “{name}” làm bản đã ký của biên bản? Sau đó không sửa được gì của cuộc họp này nữa; mọi "
                "thay đổi cần một văn bản mới có số.").format(name=path.name)):
            return None
        actor, meeting_id, source = self.actor, self.meeting.id, path
        operation: Operation[Meeting] = Operation(self, lambda ctx: meetings.attach_signed_minutes(
            ctx, actor=actor, meeting_id=meeting_id, path=source), ctx=self.ctx)
        return operation.success(lambda _m: self.show_status(self.tr("Biên bản: {state}.").format(
            state=SIGNED_WORDS))).run_in_background(label=self.tr("Đang đính kèm bản đã ký…"))

    def sign_minutes(self) -> QWidget:
        """“Ký số biên bản…”: sign the minutes as they print now (or a copy the other signer signed) and attach."""
        from lamdong_desktop.ui.meetings.sign_dialog import open_sign_dialog

        return open_sign_dialog(self, self.ctx, self.actor, "minutes", self.meeting.id, self.tr(
            "Biên bản số {ref}").format(ref=self.meeting.minutes_ref), self.show_status)

    def open_minutes_scan(self) -> Path | None:
        actor, meeting_id = self.actor, self.meeting.id
        return self.scans.open(self, lambda folder: meetings.export_minutes_scan(
            self.ctx, actor=actor, meeting_id=meeting_id, folder=folder), self.meeting.minutes_ref)

    def preview(self, kind: str) -> QWidget | None:
        words = {documents.INVITATION: self.tr("Giấy mời"), documents.MINUTES: self.tr("Biên bản")}[kind]
        return documents.preview(self, self.ctx, self.actor, kind, self.meeting.id, title=words,
                                 file_name=self.tr("{kind} - {title}.pdf").format(kind=words, title=self.meeting.title))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.dirty and self.rights.open:
            answer = meeting_dialogs.ask_unsaved(self)
            if answer == CANCEL or (answer == SAVE and not self.save_all()):
                event.ignore()
                return
        self.scans.cleanup()
        self.closed.emit(self.meeting.id)
        event.accept()

    def save_all(self) -> bool:
        """Record what is left unsaved: the minutes' text, each proposal's ballots, presentation and conclusion."""
        parts = [self.minutes.text, *(p for panel in self.items.values() for p in (panel.text, panel.votes))]
        return all(part.save() for part in parts if part.dirty)
