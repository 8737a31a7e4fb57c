/**
 * Words printed in the official documents (biên bản, thông báo kết luận, báo cáo) and the messages about them.
 * The fixed texts of the formats (national name, motto, Party name) are here too, so every printed word is in
 * one catalog; the layout profiles refer to them by key.
 */
export const documents = {
  // Fixed texts of the two formats.
  'doc.state.nationalName': 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'doc.state.motto': 'Độc lập - Tự do - Hạnh phúc',
  'doc.party.name': 'ĐẢNG CỘNG SẢN VIỆT NAM',
  'doc.party.asterisk': '*',

  // Document types: the printed name, the abbreviation in the number symbol, the words of the file name.
  'doc.minutes.typeName': 'BIÊN BẢN',
  'doc.minutes.abbr': 'BB',
  'doc.minutes.fileWord': 'Biên bản',
  'doc.notice.typeName': 'THÔNG BÁO',
  'doc.notice.abbr': 'TB',
  'doc.notice.fileWord': 'Thông báo kết luận',
  'doc.report.typeName': 'BÁO CÁO',
  'doc.report.abbr': 'BC',
  'doc.report.fileWord': 'Báo cáo thực hiện kết luận',

  // Number and date lines.
  'doc.numberWord': 'Số',
  'doc.date.long': 'ngày {day} tháng {month} năm {year}',
  'doc.date.longCapital': 'Ngày {day} tháng {month} năm {year}',
  'doc.time.clock': '{hour} giờ {minute}',

  // Minutes.
  'doc.minutes.startTime': 'Thời gian bắt đầu:',
  'doc.minutes.place': 'Địa điểm:',
  'doc.minutes.participants': 'Thành phần tham dự:',
  'doc.minutes.present': 'Có mặt:',
  'doc.minutes.absent': 'Vắng mặt:',
  'doc.minutes.guests': 'Khách mời:',
  'doc.minutes.chair': 'Chủ trì:',
  'doc.minutes.secretary.state': 'Thư ký (người ghi biên bản):',
  'doc.minutes.secretary.party': 'Người ghi biên bản:',
  'doc.minutes.content': 'Nội dung:',
  'doc.minutes.sectionProceedings': 'DIỄN BIẾN CUỘC HỌP',
  'doc.minutes.sectionConclusion': 'KẾT LUẬN',
  'doc.minutes.absenceReason': '(lý do: {reason})',
  'doc.minutes.assignment': 'Đơn vị chủ trì: {lead}',
  'doc.minutes.assignmentSupport': 'đơn vị phối hợp: {units}',
  'doc.minutes.assignmentDeadline': 'thời hạn: {deadline}',
  'doc.minutes.closing': '{event} kết thúc vào {time}, {date}./.',
  'doc.minutes.closingNoTime': '{event} kết thúc {date}./.',
  'doc.minutes.signLeft.state': 'THƯ KÝ',
  'doc.minutes.signRight.state': 'CHỦ TỌA',
  'doc.minutes.signLeft.party': 'NGƯỜI GHI BIÊN BẢN',
  'doc.minutes.signRight.party': 'CHỦ TRÌ HỘI NGHỊ',

  // The event word of the closing line, by kind of meeting.
  'doc.event.hop-mat': 'Buổi họp mặt',
  'doc.event.hoi-nghi': 'Hội nghị',
  'doc.event.lam-viec': 'Buổi làm việc',
  'doc.event.dinh-ky': 'Cuộc họp',
  'doc.event.khac': 'Cuộc họp',

  // Conclusion notice.
  'doc.notice.summaryWithChair': 'Kết luận của đồng chí {chair} tại {meeting}',
  'doc.notice.summaryNoChair': 'Kết luận tại {meeting}',
  'doc.notice.openingPlace': 'tại {place}',
  'doc.notice.openingChair': 'đồng chí {chair} đã chủ trì {meeting}',
  'doc.notice.openingNoChair': 'đã diễn ra {meeting}',
  'doc.notice.attendees': 'Tham dự có các đồng chí: {names}',
  'doc.notice.guests': 'Khách mời: {names}',
  'doc.notice.leadIn': 'Sau khi nghe báo cáo và ý kiến phát biểu của các đại biểu dự họp, đồng chí {chair} kết luận như sau:',
  'doc.notice.leadInNoChair': 'Sau khi nghe báo cáo và ý kiến phát biểu của các đại biểu dự họp, chủ trì cuộc họp kết luận như sau:',
  'doc.notice.assignLeadSupport': 'Giao {lead} chủ trì, phối hợp với {units} thực hiện',
  'doc.notice.assignLead': 'Giao {lead} chủ trì thực hiện',
  'doc.notice.assignSupport': 'Giao {units} thực hiện',
  'doc.notice.deadline': 'thời hạn: {deadline}',
  'doc.notice.deadlineAlone': 'Thời hạn: {deadline}',
  'doc.notice.closing': 'Trên đây là kết luận của đồng chí {chair}, đề nghị các cơ quan, đơn vị liên quan biết, thực hiện./.',
  'doc.notice.closingNoChair': 'Trên đây là kết luận tại {meeting}, đề nghị các cơ quan, đơn vị liên quan biết, thực hiện./.',

  // Follow-up report.
  'doc.report.summary': 'Tình hình thực hiện kết luận, chỉ đạo',
  'doc.report.period': '(Từ ngày {from} đến ngày {to}; số liệu tính đến ngày {asOf})',
  'doc.report.intro':
    'Từ ngày {from} đến ngày {to}, có {total} nội dung kết luận, chỉ đạo được giao thực hiện. Tính đến ngày {asOf}: hoàn thành đúng hạn {onTime}; hoàn thành quá hạn {late}; chưa hoàn thành, còn trong hạn {within}; quá hạn chưa hoàn thành {overdue}; không tính hạn (thường xuyên, không có thời hạn, đã hủy) {other}.',
  'doc.report.introEmpty': 'Từ ngày {from} đến ngày {to}, không có nội dung kết luận, chỉ đạo nào được giao thực hiện.',
  'doc.report.sectionSummary': 'KẾT QUẢ CHUNG',
  'doc.report.sectionDetail': 'CHI TIẾT THEO ĐƠN VỊ CHỦ TRÌ',
  'doc.report.groupHeading': '{number}. {unit} ({count} nội dung)',
  'doc.report.noLeadUnit': 'Chưa giao đơn vị chủ trì',
  'doc.report.col.index': 'TT',
  'doc.report.col.unit': 'Đơn vị chủ trì',
  'doc.report.col.total': 'Tổng số',
  'doc.report.col.onTime': 'Hoàn thành đúng hạn',
  'doc.report.col.late': 'Hoàn thành quá hạn',
  'doc.report.col.within': 'Chưa hoàn thành, trong hạn',
  'doc.report.col.overdue': 'Quá hạn chưa hoàn thành',
  'doc.report.col.other': 'Không tính hạn',
  'doc.report.col.number': 'Số TT',
  'doc.report.col.text': 'Nội dung kết luận, chỉ đạo',
  'doc.report.col.meeting': 'Cuộc họp',
  'doc.report.col.deadline': 'Thời hạn',
  'doc.report.col.status': 'Tình hình thực hiện',
  'doc.report.totalRow': 'Tổng cộng',
  'doc.report.meetingCell': '{title} ({date})',


  // Closing blocks.
  'doc.recipients.label': 'Nơi nhận:',
  'doc.recipients.archive': 'Lưu: {archive}',

  // What is missing before export.
  'doc.missing.issuingBody': 'Chưa có tên cơ quan ban hành (vào Cài đặt văn bản hoặc chọn cơ quan ban hành cho cuộc họp).',
  'doc.missing.symbol': 'Chưa có ký hiệu văn bản cho {type} (ví dụ {example}).',
  'doc.missing.place': 'Chưa có địa danh ghi ở dòng ngày tháng (ví dụ Bến Tre).',
  'doc.missing.signerName': 'Chưa có họ tên người ký.',
  'doc.missing.signerTitle': 'Chưa có chức vụ của người ký.',
  'doc.missing.recipients': 'Chưa có danh sách nơi nhận.',
  'doc.missing.startTime': 'Chưa có giờ bắt đầu cuộc họp.',
  'doc.missing.endTime': 'Chưa có giờ kết thúc cuộc họp.',
  'doc.missing.meetingPlace': 'Chưa có địa điểm cuộc họp.',
  'doc.missing.chair': 'Chưa chọn người chủ trì.',
  'doc.missing.secretary': 'Chưa chọn thư ký (người ghi biên bản).',
  'doc.missing.attendees': 'Chưa có người dự họp.',
  'doc.missing.content': 'Chưa ghi nội dung cuộc họp.',
  'doc.missing.directives': 'Chưa có nội dung kết luận nào được đánh số.',
  'doc.missing.absenceReason': 'Có {count} người vắng mặt chưa ghi lý do.',
  'doc.missing.reportItems': 'Không có nội dung kết luận nào trong khoảng thời gian đã chọn.',
} as const;
