/** Shared pickers and inputs. */
export const pickers = {
  'picker.addUnit': 'Thêm đơn vị mới: “{name}”',
  'picker.addPerson': 'Thêm người mới: “{name}”',
  'picker.unitPlaceholder': 'Gõ tên đơn vị (không cần dấu)',
  'picker.personPlaceholder': 'Gõ họ tên (không cần dấu)',
  'picker.noMatch': 'Không tìm thấy',
  'person.newTitle': 'Thêm người vào danh bạ',
  'date.placeholder': 'ngày/tháng/năm',
  'error.unexpected': 'Có lỗi không mong muốn; dữ liệu đã lưu trước đó không bị ảnh hưởng.',
} as const;
