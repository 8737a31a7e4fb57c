/**
 * Phrase banks in the official style of conclusion notices, combined by the dataset generator into meeting
 * titles, directive texts (150-600 characters), progress reports and reasons for cancelling.
 */

/** Topics a meeting or a directive is about. */
export const TOPICS = [
  'công tác dân vận',
  'công tác tuyên truyền, vận động đoàn viên, hội viên và nhân dân',
  'phong trào thi đua yêu nước',
  'cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”',
  'cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”',
  'việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'công tác giám sát và phản biện xã hội',
  'quy chế phối hợp giữa Ủy ban nhân dân và Mặt trận Tổ quốc',
  'chương trình mục tiêu quốc gia giảm nghèo bền vững',
  'công tác chăm lo Tết cho hộ nghèo, gia đình chính sách',
  'công tác xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh',
  'công tác cải cách hành chính',
  'công tác chuyển đổi số',
  'công tác phòng, chống hạn hán, xâm nhập mặn',
  'công tác bảo đảm trật tự, an toàn giao thông',
  'phong trào “Dân vận khéo”',
  'công tác tiếp công dân, giải quyết khiếu nại, tố cáo',
  'việc thực hiện Quy chế dân chủ ở cơ sở',
  'công tác phát triển đảng viên trong đoàn viên, hội viên ưu tú',
  'công tác chuẩn bị đại hội các cấp nhiệm kỳ mới',
  'việc xây dựng mô hình “Khu dân cư kiểu mẫu”',
  'công tác vận động Quỹ “Vì người nghèo”',
  'công tác phòng, chống dịch bệnh',
  'việc chuyển đổi cơ cấu cây trồng, vật nuôi thích ứng với biến đổi khí hậu',
] as const;

/** Documents directives cite. */
export const DOCUMENTS = [
  'Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị',
  'Nghị quyết số 25-NQ/TW của Ban Chấp hành Trung ương Đảng khóa XI',
  'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI',
  'Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW của Bộ Chính trị',
  'Kết luận số 114-KL/TW của Ban Bí thư',
  'Chương trình hành động của Tỉnh ủy',
  'Kế hoạch của Ban Thường vụ Tỉnh ủy',
  'Nghị quyết số 18-NQ/TW của Ban Chấp hành Trung ương khóa XII',
] as const;

/** How a directive begins. `{unit}` and `{body}` are filled in by the generator. */
export const OPENERS = [
  'Tập trung thực hiện tốt',
  'Tiếp tục đẩy mạnh',
  'Tham mưu cho {body} lãnh đạo, chỉ đạo thực hiện',
  'Chủ động phối hợp với {unit} triển khai',
  'Giao {unit} chủ trì, phối hợp với các cơ quan liên quan thực hiện',
  'Đề nghị {unit} khẩn trương rà soát, đánh giá',
  'Tăng cường công tác kiểm tra, đôn đốc việc thực hiện',
  'Quan tâm chỉ đạo các cơ sở thực hiện',
  'Nâng cao chất lượng, hiệu quả',
  'Nghiên cứu, đề xuất giải pháp nâng cao hiệu quả',
  'Khẩn trương xây dựng kế hoạch triển khai',
  'Tổ chức sơ kết, đánh giá kết quả',
] as const;

/** Middle clauses, joined to the opener and each other by semicolons. */
export const CLAUSES = [
  'gắn với thực hiện {document}',
  'trọng tâm là {topic}',
  'chú trọng hướng về cơ sở, phát huy vai trò của cán bộ cơ sở, đoàn viên, hội viên',
  'nắm chắc tình hình tư tưởng của cán bộ, đảng viên và nhân dân để kịp thời định hướng dư luận xã hội',
  'tập trung tại các xã {commune}, {commune2} thuộc {district}',
  'kịp thời tháo gỡ khó khăn, vướng mắc phát sinh tại cơ sở',
  'tổng kết, nhân rộng các mô hình hiệu quả, cách làm hay, sáng tạo',
  'phân công cụ thể người chịu trách nhiệm, thời gian hoàn thành',
  'bảo đảm thiết thực, hiệu quả, tránh hình thức',
  'phối hợp chặt chẽ với {unit} trong quá trình triển khai',
  'quan tâm bồi dưỡng kỹ năng cho đội ngũ cán bộ chuyên trách',
  'huy động sự tham gia của doanh nghiệp và các nhà hảo tâm',
] as const;

/** How a directive ends. */
export const CLOSINGS = [
  'báo cáo kết quả về Thường trực {body} (qua Văn phòng)',
  'góp phần hoàn thành thắng lợi nhiệm vụ chính trị của địa phương',
  'định kỳ báo cáo tiến độ thực hiện cho Ban Thường vụ',
  'bảo đảm đúng tiến độ đề ra',
  'tổng hợp, báo cáo {body} xem xét, cho ý kiến',
  'tạo sự đồng thuận trong nhân dân',
] as const;

/** What progress reports say. */
export const REPORTS = [
  'Đã ban hành kế hoạch số {n}/KH-{short} triển khai thực hiện.',
  'Đã tổ chức {n} cuộc tuyên truyền tại {m} xã, thu hút hơn {k} lượt người tham dự.',
  'Đang phối hợp với các ngành liên quan khảo sát, đánh giá thực trạng tại cơ sở.',
  'Đã trình dự thảo báo cáo, đang chờ ý kiến của Thường trực.',
  'Đã hoàn thành khảo sát tại {m} xã; đang tổng hợp số liệu.',
  'Đã tổ chức hội nghị triển khai đến cán bộ chủ chốt các xã, phường, thị trấn.',
  'Tiến độ chậm do phải chờ hướng dẫn của cấp trên; đơn vị đã có văn bản xin ý kiến.',
  'Đã hỗ trợ {n} hộ nghèo với tổng số tiền {k} triệu đồng.',
  'Đã kiểm tra, đôn đốc {m} cơ sở; kết quả cơ bản đạt yêu cầu.',
] as const;

/** Why a directive was cancelled. */
export const CANCEL_REASONS = [
  'Nội dung đã được lồng ghép vào kế hoạch công tác năm.',
  'Không còn phù hợp sau khi sắp xếp tổ chức bộ máy.',
  'Đã có văn bản chỉ đạo khác thay thế.',
  'Cấp trên điều chỉnh chủ trương, không tiếp tục thực hiện.',
] as const;

/** Why a directive was paused. */
export const PAUSE_NOTES = [
  'Tạm dừng chờ ý kiến chỉ đạo của Thường trực.',
  'Tạm dừng do chưa bố trí được kinh phí.',
  'Tạm dừng để chờ sắp xếp lại đơn vị hành chính.',
] as const;

/** Meeting titles by kind; `{…}` filled by the generator. */
export const MEETING_TITLES = {
  'hop-mat': ['Họp mặt đầu xuân {lunar} năm {year}', 'Họp mặt kỷ niệm Ngày truyền thống công tác dân vận', 'Họp mặt cán bộ hưu trí nhân dịp Tết Nguyên đán {year}'],
  'hoi-nghi': [
    'Hội nghị sơ kết 6 tháng đầu năm {year}',
    'Hội nghị tổng kết công tác năm {year}',
    'Hội nghị giao ban khối dân vận quý {quarter}/{year}',
    'Hội nghị triển khai {document}',
    'Hội nghị chuyên đề về {topic}',
  ],
  'lam-viec': ['Làm việc với {unit} về {topic}', 'Buổi làm việc của Thường trực Tỉnh ủy với {unit}', 'Làm việc với {district} về tình hình thực hiện nhiệm vụ năm {year}'],
  'dinh-ky': ['Họp Ban Thường vụ Tỉnh ủy định kỳ tháng {month}/{year}', 'Giao ban Thường trực Tỉnh ủy tháng {month}/{year}', 'Họp giao ban định kỳ quý {quarter}/{year}'],
  khac: ['Họp bàn công tác chuẩn bị {event}', 'Họp Ban Chỉ đạo thực hiện {topic}'],
} as const;

export const EVENTS = [
  'Đại hội Đảng bộ tỉnh',
  'Lễ kỷ niệm Ngày Đồng Khởi',
  'Ngày hội Đại đoàn kết toàn dân tộc',
  'bầu cử đại biểu Quốc hội và Hội đồng nhân dân các cấp',
  'Tết Nguyên đán',
  'Hội thi Dân vận khéo cấp tỉnh',
] as const;

export const PLACES = ['Hội trường Tỉnh ủy', 'Phòng họp Ban Thường vụ Tỉnh ủy', 'Hội trường Ủy ban MTTQ Việt Nam tỉnh', 'Phòng họp số 2, Văn phòng Tỉnh ủy', 'Hội trường Ủy ban nhân dân tỉnh'] as const;

export const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'] as const;
