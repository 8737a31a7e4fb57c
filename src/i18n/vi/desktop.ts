/** Words of the desktop shell: save dialogs, file errors, the About box. */
export const desktop = {
  'desktop.save.title': 'Lưu tệp',
  'desktop.save.button': 'Lưu',
  'desktop.save.pdfTitle': 'Lưu bản PDF',
  'desktop.filter.pdf': 'Tệp PDF',
  'desktop.error.busy': 'Không ghi được tệp: tệp đang được mở trong chương trình khác (ví dụ Word). Hãy đóng tệp đó rồi thử lại, hoặc lưu với tên khác.',
  'desktop.error.denied': 'Không ghi được tệp: không có quyền ghi vào thư mục này. Hãy chọn thư mục khác, ví dụ Tài liệu (Documents).',
  'desktop.error.diskFull': 'Không ghi được tệp: ổ đĩa đã đầy. Hãy giải phóng dung lượng hoặc lưu vào ổ khác.',
  'desktop.error.readOnly': 'Không ghi được tệp: ổ đĩa chỉ cho phép đọc.',
  'desktop.error.pathTooLong': 'Không ghi được tệp: đường dẫn quá dài. Hãy chọn thư mục ngắn hơn hoặc đặt tên tệp ngắn hơn.',
  'desktop.error.notFound': 'Không ghi được tệp: thư mục không còn tồn tại.',
  'desktop.error.other': 'Không ghi được tệp ({code}).',
  'desktop.error.pdf': 'Không tạo được bản PDF ({detail}).',
  'desktop.error.print': 'Không in được ({detail}).',
  'desktop.about.title': 'Giới thiệu',
  'desktop.about.detail': 'Phiên bản {version}\nGhi biên bản họp, theo dõi thực hiện kết luận chỉ đạo và in văn bản theo thể thức.\nDữ liệu được lưu trên máy này, không gửi đi đâu.',
  'desktop.about.ok': 'Đóng',
} as const;
