/**
 * Phrase banks for the long texts of a meeting (agenda, the minutes as they went, the chair's conclusion), in
 * the official style of the minutes of a Party committee, the Front or a people's committee. `{…}` slots are
 * filled by bench/dataset-minutes.ts: {unit}, {unit2}, {commune}, {district}, {topic}, {document}, {period},
 * {next}, {deadline}, and figures {n} (a few), {m} (tens), {k} (hundreds to thousands), {p} (a percentage),
 * {pSmall} (a small percentage), {money} (an amount of money).
 */

/** Agenda items; the first is always a report on the period, the chair's conclusion always comes last. */
export const AGENDA_OPENING = 'Báo cáo kết quả thực hiện nhiệm vụ {period} và phương hướng, nhiệm vụ {next}.';
export const AGENDA_ITEMS = [
  'Báo cáo tình hình triển khai {document}.',
  'Báo cáo kết quả {topic}; những khó khăn, vướng mắc và kiến nghị.',
  'Thông qua dự thảo Kế hoạch về {topic}.',
  'Cho ý kiến vào dự thảo Báo cáo sơ kết việc thực hiện {document}.',
  'Báo cáo kết quả kiểm tra, giám sát tại {district}.',
  'Thông qua dự thảo Quy chế phối hợp giữa {unit} và {unit2}.',
  'Báo cáo tiến độ chuẩn bị các nội dung trình Hội nghị Ban Chấp hành.',
  'Xem xét đề xuất của {unit} về {topic}.',
  'Báo cáo tình hình tư tưởng của cán bộ, đảng viên và nhân dân; dư luận xã hội nổi lên.',
  'Thông báo kết quả giải quyết các kiến nghị của cử tri tại {district}.',
  'Thảo luận, thống nhất phân công nhiệm vụ {next}.',
] as const;
export const AGENDA_CLOSING = 'Kết luận của đồng chí chủ trì.';

/** The first paragraph of the minutes: time, place, who chaired, who took part. */
export const OPENINGS = [
  'Vào lúc {time} ngày {day}, tại {place}, {issuer} tổ chức {title}. Đồng chí {chair}, {chairTitle} chủ trì. Tham dự có {count} đồng chí, gồm: {guests}. Thư ký: đồng chí {secretary}, {secretaryTitle}.',
  'Hôm nay, ngày {day}, vào lúc {time}, tại {place}, {issuer} tiến hành {title}. Chủ trì: đồng chí {chair}, {chairTitle}. Thành phần tham dự gồm {count} đồng chí: {guests}. Thư ký ghi biên bản: đồng chí {secretary}, {secretaryTitle}.',
] as const;

/** The chair opens the meeting. */
export const CHAIR_OPENINGS = [
  'Đồng chí chủ trì quán triệt mục đích, yêu cầu của cuộc họp; đề nghị các đồng chí tham dự tập trung thảo luận, đóng góp ý kiến thẳng thắn, đi vào trọng tâm, nhất là những vấn đề còn khó khăn, vướng mắc ở cơ sở.',
  'Mở đầu cuộc họp, đồng chí chủ trì thông qua chương trình, nêu rõ những nội dung cần xin ý kiến và đề nghị các cơ quan, đơn vị phát biểu ngắn gọn, tập trung vào giải pháp.',
  'Đồng chí chủ trì nêu yêu cầu: cuộc họp đánh giá đúng thực chất kết quả đã đạt được, chỉ rõ nguyên nhân của những hạn chế và thống nhất nhiệm vụ trọng tâm {next}.',
] as const;

/** Who presents a report (`{item}` is the agenda item without its full stop). */
export const REPORT_LEADS = [
  'Về nội dung “{item}”, cuộc họp nghe đồng chí {speaker}, {speakerTitle} trình bày.',
  'Đồng chí {speaker}, {speakerTitle} trình bày nội dung “{item}”.',
  'Theo chương trình, đồng chí {speaker}, {speakerTitle} thông qua nội dung “{item}”.',
] as const;

/** Sentences of a report, with figures and places. */
export const REPORT_SENTENCES = [
  '{period}, các cơ quan, đơn vị đã tổ chức {m} cuộc tuyên truyền với hơn {k} lượt người tham dự, tập trung vào {topic}.',
  'Toàn tỉnh vận động xây dựng và sửa chữa {m} căn nhà Đại đoàn kết với tổng kinh phí {money}.',
  'Quỹ “Vì người nghèo” các cấp tiếp nhận {money}, đã hỗ trợ {k} hộ nghèo, hộ cận nghèo về sinh kế, nhà ở và học tập.',
  'Tỷ lệ hộ nghèo giảm còn {pSmall}%, đạt kế hoạch đề ra; có {n} xã đạt chuẩn nông thôn mới nâng cao.',
  'Đã tổ chức {n} đoàn kiểm tra, giám sát tại {m} cơ sở, trọng tâm là {topic}; qua kiểm tra đã kiến nghị khắc phục {n} nội dung.',
  'Tại {district}, mô hình “Dân vận khéo” ở xã {commune} được nhân rộng, thu hút {k} hộ dân tham gia.',
  'Công tác phát triển đảng viên đạt {p}% chỉ tiêu, trong đó kết nạp {m} đảng viên là đoàn viên, hội viên ưu tú.',
  'Các tổ chức thành viên đã tiếp nhận {m} ý kiến, kiến nghị của nhân dân, chuyển đến cơ quan có thẩm quyền giải quyết {p}%.',
  'Việc triển khai {document} được thực hiện nghiêm túc; {p}% tổ chức cơ sở đảng đã tổ chức học tập, quán triệt.',
  'Đã hỗ trợ {k} hộ dân vùng bị ảnh hưởng của hạn hán, xâm nhập mặn tại {district} với số tiền {money}.',
  'Trên địa bàn xã {commune}, nhân dân hiến {k} mét vuông đất, đóng góp {n} nghìn ngày công để làm đường giao thông nông thôn dài {n} ki-lô-mét.',
  'Công tác chuyển đổi số có bước tiến: {p}% hồ sơ thủ tục hành chính được tiếp nhận trực tuyến, {m} cuộc họp được tổ chức trực tuyến đến cấp xã.',
  'Đã giải quyết {m} đơn thư khiếu nại, tố cáo, đạt tỷ lệ {p}%; không để phát sinh điểm nóng.',
  'Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” được hưởng ứng rộng rãi với {n} phiên chợ hàng Việt về nông thôn tại {district}.',
  '{unit} đã chủ động phối hợp với {unit2} tổ chức {n} hội nghị đối thoại với {k} đoàn viên, hội viên.',
  'Ước thực hiện cả năm có {n} chỉ tiêu vượt kế hoạch, {m} chỉ tiêu đạt kế hoạch; còn {n} chỉ tiêu khó đạt, chủ yếu thuộc lĩnh vực {topic}.',
] as const;

/** Where a report says what is still lacking. */
export const SHORTCOMINGS = [
  'Tuy nhiên, việc triển khai ở một số nơi còn chậm, chưa đồng bộ; chất lượng sinh hoạt của một số chi, tổ hội chưa cao.',
  'Bên cạnh kết quả đạt được, công tác phối hợp giữa các ngành có lúc chưa chặt chẽ, thông tin báo cáo chưa kịp thời.',
  'Một số chỉ tiêu đạt thấp so với kế hoạch, nhất là {topic}; nguyên nhân chủ yếu là kinh phí hạn hẹp và đội ngũ cán bộ cơ sở còn thiếu.',
  'Việc nắm tình hình tư tưởng ở cơ sở có nơi chưa sâu sát; một số vụ việc phức tạp tại {district} chưa được giải quyết dứt điểm.',
  'Công tác sơ kết, tổng kết, nhân rộng mô hình hiệu quả còn chậm; tính chủ động của một số cơ quan tham mưu chưa cao.',
] as const;

/** How a speaker is introduced in the discussion. */
export const SPEAKER_LEADS = [
  'Đồng chí {speaker}, {speakerTitle} phát biểu:',
  'Đồng chí {speaker}, {speakerTitle} phát biểu ý kiến:',
  'Tham gia ý kiến, đồng chí {speaker}, {speakerTitle} phát biểu:',
  'Đồng chí {speaker}, {speakerTitle} cho ý kiến:',
] as const;

/** Sentences of a speech in the discussion. */
export const OPINIONS = [
  'Thống nhất cao với báo cáo; báo cáo đã đánh giá khá toàn diện kết quả thực hiện nhiệm vụ {period}.',
  'Đề nghị bổ sung vào báo cáo số liệu cụ thể về {topic}, nhất là kết quả tại {district}.',
  'Qua theo dõi tại cơ sở, việc triển khai {document} ở xã {commune} còn lúng túng, cần có hướng dẫn cụ thể hơn.',
  '{unit} cam kết phối hợp chặt chẽ với {unit2} trong triển khai {topic}.',
  'Đề nghị Thường trực quan tâm bố trí kinh phí khoảng {money} để hỗ trợ các xã khó khăn tổ chức thực hiện.',
  'Năm qua, đơn vị đã tổ chức {n} lớp tập huấn cho {m} cán bộ chi hội; tuy nhiên kỹ năng vận động quần chúng của một bộ phận cán bộ trẻ còn hạn chế.',
  'Tình hình an ninh nông thôn tại {district} cơ bản ổn định; tuy nhiên vẫn còn {n} vụ tranh chấp đất đai kéo dài cần tập trung giải quyết.',
  'Đề nghị điều chỉnh thời gian hoàn thành một số nhiệm vụ cho phù hợp với tình hình thực tế, tránh chồng chéo với kế hoạch của {unit}.',
  'Việc ứng dụng công nghệ thông tin trong báo cáo, thống kê cần được đẩy mạnh; hiện có {p}% cơ sở thực hiện báo cáo qua phần mềm.',
  'Thống nhất với các giải pháp nêu trong dự thảo; đề nghị bổ sung giải pháp về phát huy vai trò của người có uy tín trong cộng đồng.',
  'Đơn vị đã tiếp nhận {m} hồ sơ đề nghị hỗ trợ, đến nay đã giải quyết {p}%, số còn lại đang thẩm định.',
  'Cần tăng cường kiểm tra, giám sát việc thực hiện các kết luận đã ban hành, kiên quyết không để tình trạng kết luận ban hành rồi để đó.',
  'Đề nghị giao {unit} chủ trì tham mưu tổng kết {document}, báo cáo Ban Thường vụ trong {next}.',
  'Phong trào thi đua ở xã {commune} có cách làm hay: mỗi tổ hội nhận giúp đỡ {n} hộ khó khăn, sau {n} năm đã có {m} hộ thoát nghèo.',
  'Đề nghị cấp trên sớm ban hành hướng dẫn về chế độ phụ cấp cho cán bộ không chuyên trách sau sắp xếp đơn vị hành chính.',
  'Công tác tuyên truyền trên mạng xã hội cần được quan tâm hơn; đơn vị đã lập {n} trang thông tin với hơn {k} người theo dõi.',
  'Qua khảo sát {m} hộ dân tại {district}, {p}% hài lòng với sự phục vụ của cơ quan hành chính nhà nước.',
  'Đề nghị các ngành chức năng phối hợp giải quyết dứt điểm kiến nghị của cử tri xã {commune} về {topic}.',
] as const;

/** After the discussion, before the conclusion. */
export const REPLIES = [
  'Đồng chí {speaker}, {speakerTitle} tiếp thu, giải trình một số ý kiến của các đại biểu; cam kết hoàn chỉnh báo cáo, gửi lại trước ngày {deadline}.',
  'Thay mặt cơ quan soạn thảo, đồng chí {speaker}, {speakerTitle} tiếp thu các ý kiến đóng góp và giải trình những nội dung còn có ý kiến khác nhau.',
] as const;

export const CLOSINGS = [
  'Cuộc họp kết thúc vào lúc {endTime} cùng ngày. Biên bản đã được thông qua trước các đồng chí tham dự và thống nhất nội dung.',
  'Cuộc họp kết thúc lúc {endTime}. Biên bản được lập thành 02 bản, đã đọc lại cho các đồng chí tham dự nghe và nhất trí thông qua.',
] as const;

/** The chair's conclusion: an assessment, what is lacking, then the tasks ahead. */
export const CONCLUSION_LEADS = [
  'Sau khi nghe báo cáo và ý kiến phát biểu của các đồng chí tham dự, đồng chí {chair}, {chairTitle} kết luận như sau:',
  'Kết luận cuộc họp, đồng chí {chair}, {chairTitle} thống nhất một số nội dung sau:',
] as const;
export const CONCLUSION_ASSESSMENTS = [
  'Ghi nhận, đánh giá cao sự cố gắng của các cơ quan, đơn vị trong {period}; nhiều chỉ tiêu đạt và vượt kế hoạch, nhất là {topic}.',
  'Thống nhất với nội dung báo cáo và ý kiến của các đồng chí dự họp; các cơ quan, đơn vị đã chủ động, tích cực triển khai nhiệm vụ, đạt nhiều kết quả quan trọng.',
  'Nhìn chung, công tác lãnh đạo, chỉ đạo được thực hiện kịp thời, đúng định hướng; khối đại đoàn kết toàn dân tộc tiếp tục được củng cố.',
] as const;
export const CONCLUSION_LIMITS = [
  'Bên cạnh đó, còn một số hạn chế cần khắc phục: việc phối hợp giữa các ngành có lúc chưa chặt chẽ; một số nhiệm vụ triển khai chậm so với tiến độ.',
  'Tuy nhiên, chất lượng hoạt động ở một số cơ sở chưa đồng đều; việc sơ kết, tổng kết, nhân rộng điển hình còn chậm.',
  'Những hạn chế đã được chỉ ra cần được các cơ quan, đơn vị nghiêm túc rút kinh nghiệm, có giải pháp khắc phục ngay trong {next}.',
] as const;
export const CONCLUSION_TASKS = [
  'Thời gian tới, đề nghị các cơ quan, đơn vị tập trung thực hiện tốt {topic}, gắn với thực hiện {document}.',
  'Giao {unit} chủ trì, phối hợp với {unit2} hoàn chỉnh báo cáo trên cơ sở tiếp thu ý kiến tại cuộc họp.',
  'Các cơ quan, đơn vị chủ động rà soát, đánh giá kết quả thực hiện các kết luận đã ban hành, báo cáo Thường trực trước ngày {deadline}.',
  'Tăng cường nắm tình hình tư tưởng của cán bộ, đảng viên và nhân dân, nhất là tại {district}, kịp thời tham mưu xử lý các vấn đề phát sinh.',
  'Quan tâm bố trí kinh phí, con người cho công tác tại cơ sở; khen thưởng kịp thời các tập thể, cá nhân có thành tích xuất sắc.',
  'Đẩy mạnh cải cách hành chính, ứng dụng công nghệ thông tin trong chỉ đạo, điều hành và báo cáo, thống kê.',
  'Tiếp tục củng cố, kiện toàn tổ chức bộ máy; làm tốt công tác đào tạo, bồi dưỡng, quy hoạch cán bộ.',
  'Chuẩn bị chu đáo nội dung, điều kiện để tổ chức sơ kết {document}, bảo đảm thiết thực, tiết kiệm.',
] as const;

/** A task addressed to one body in the conclusion. */
export const UNIT_TASKS = [
  'Đối với {unit}: chủ động tham mưu triển khai {topic}, báo cáo kết quả trước ngày {deadline}.',
  'Đối với {unit}: phối hợp với {unit2} kiểm tra, đôn đốc các xã tại {district}, kịp thời tháo gỡ khó khăn.',
  'Đối với {unit}: rà soát, hoàn chỉnh dự thảo văn bản, trình Thường trực xem xét trước ngày {deadline}.',
  'Đối với {unit}: tổng hợp ý kiến, kiến nghị của nhân dân xã {commune}, đề xuất hướng giải quyết.',
] as const;
export const CONCLUSION_HANDOFF = 'Đối với những nội dung cụ thể, giao nhiệm vụ cho các cơ quan, đơn vị như sau:';
