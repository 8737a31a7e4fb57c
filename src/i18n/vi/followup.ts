/** Follow-up of directives: statuses, categories, the Government Office groups, reminders and their messages. */
export const followup = {
  'followup.status.not-started': 'Chưa thực hiện',
  'followup.status.in-progress': 'Đang thực hiện',
  'followup.status.done': 'Hoàn thành',
  'followup.status.paused': 'Tạm dừng',
  'followup.status.cancelled': 'Đã hủy',

  'followup.category.done-on-time': 'Hoàn thành đúng hạn',
  'followup.category.done-late': 'Hoàn thành quá hạn',
  'followup.category.overdue': 'Quá hạn chưa hoàn thành',
  'followup.category.due-soon': 'Sắp đến hạn',
  'followup.category.in-progress': 'Đang thực hiện trong hạn',
  'followup.category.not-started': 'Chưa thực hiện, còn hạn',
  'followup.category.paused': 'Tạm dừng',
  'followup.category.ongoing': 'Thường xuyên',
  'followup.category.no-deadline': 'Không có thời hạn',
  'followup.category.cancelled': 'Đã hủy',

  'followup.group.done-on-time': 'Đã hoàn thành đúng hạn',
  'followup.group.done-late': 'Đã hoàn thành quá hạn',
  'followup.group.open-within-deadline': 'Chưa hoàn thành, còn trong hạn',
  'followup.group.open-overdue': 'Chưa hoàn thành, đã quá hạn',
  'followup.group.not-counted': 'Không tính hạn (thường xuyên, không thời hạn, đã hủy)',

  'followup.timing.overdue': 'Quá hạn',
  'followup.timing.due-soon': 'Sắp đến hạn',
  'followup.timing.not-due': 'Chưa đến hạn',
  'followup.timing.ongoing': 'Thường xuyên',
  'followup.timing.no-deadline': 'Không có thời hạn',
  'followup.timing.closed': 'Đã kết thúc',

  'followup.days.late': 'Quá hạn {days} ngày',
  'followup.days.dueToday': 'Đến hạn hôm nay',
  'followup.days.left': 'Còn {days} ngày',

  'followup.horizon.days': 'trong {days} ngày tới',
  'followup.horizon.today': 'đến hạn hôm nay',

  'followup.field.completedOn': 'Ngày hoàn thành',
  'followup.field.statusDate': 'Ngày chuyển trạng thái',
  'followup.field.reportDate': 'Ngày báo cáo',
  'followup.field.to': 'Trạng thái mới',
  'followup.field.report': 'báo cáo tiến độ',

  'followup.error.completedOnRequired': 'Khi chuyển sang «Hoàn thành» phải nhập ngày hoàn thành.',
  'followup.error.cancelReasonRequired': 'Khi hủy nội dung chỉ đạo phải nêu lý do hủy.',
  'followup.error.reportTextRequired': 'Nội dung báo cáo không được để trống.',
  'followup.error.dateBeforeMeeting': '{field} ({date}) không được trước ngày họp ({meeting}).',
  'followup.error.dateInFuture': '{field} ({date}) không được sau ngày hôm nay ({today}).',
  'followup.error.transition': 'Không thể chuyển trạng thái từ «{from}» sang «{to}».',
  'followup.error.sameStatus': 'Nội dung chỉ đạo đã ở trạng thái «{status}».',
  'followup.error.deadlineBeforeMeeting': 'Thời hạn ({deadline}) không được trước ngày họp ({meeting}).',
  'followup.error.notAReport': 'Mục này ghi lại việc chuyển trạng thái nên không sửa hay xóa được; hãy chuyển trạng thái mới nếu cần.',

  'followup.history.autoStart': 'Tự chuyển sang «Đang thực hiện» khi có báo cáo tiến độ.',

  'followup.reminder.title': 'Nhắc việc theo dõi kết luận',
  'followup.reminder.overdue': '{count} việc quá hạn',
  'followup.reminder.dueSoon': '{count} việc sắp đến hạn',
  'followup.reminder.itemOverdue': 'Quá hạn {days} ngày: kết luận số {number}, {meeting}',
  'followup.reminder.itemDueToday': 'Đến hạn hôm nay: kết luận số {number}, {meeting}',
  'followup.reminder.itemDueSoon': 'Còn {days} ngày: kết luận số {number}, {meeting}',

  'followup.carry.title': 'Việc chưa xong từ các cuộc họp trước của {body}',
} as const;
