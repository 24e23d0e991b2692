/**
 * Vietnamese labels and hints of the editor UI at /admin/ (Sveltia CMS), one entry per content
 * field. The CMS configuration is generated from the schemas; a schema field with no label here
 * is reported by the configuration test, so every field an editor sees speaks Vietnamese.
 */

/** A field's label and its hint under the input. */
export interface FieldText {
  label: string;
  hint?: string;
}

/** Texts of one content kind: its names in the collection list, and its own fields. */
export interface CollectionText {
  label: string;
  singular: string;
  description: string;
  /** Fields by path ("cover.alt", "recognitions.year"); missing ones fall back to {@link commonFields}. */
  fields: Record<string, FieldText>;
}

/**
 * Fields shared by several kinds. A key "*.name" matches a subfield "name" at any depth
 * (the three parts of every image, for instance).
 */
export const commonFields: Record<string, FieldText> = {
  title: { label: 'Tiêu đề', hint: 'Ngắn gọn, rõ ý; hiện to ở đầu trang và khi chia sẻ.' },
  description: { label: 'Tóm tắt', hint: 'Một đến hai câu. Hiện trong danh sách và khi chia sẻ lên Zalo, Facebook.' },
  pubDate: { label: 'Ngày đăng', hint: 'Ngày trong tương lai: mục được hẹn ngày, chỉ hiện từ ngày ấy (sau lần dựng trang hằng ngày).' },
  updatedDate: { label: 'Ngày cập nhật', hint: 'Chỉ điền khi sửa nội dung quan trọng sau khi đăng.' },
  draft: { label: 'Bản nháp', hint: 'Bật: được kiểm tra nhưng chưa đăng lên trang.' },
  sample: { label: 'Nội dung minh họa', hint: 'Bật cho hồ sơ tự soạn để minh họa: trang hiện nhãn "Nội dung minh họa".' },
  locality: { label: 'Địa bàn', hint: 'Chọn trong danh sách địa bàn (thêm địa bàn mới ở mục "Địa bàn").' },
  cover: { label: 'Ảnh bìa', hint: 'Không bắt buộc. Ảnh dưới 10 MB; nên thu nhỏ còn chiều rộng khoảng 2.000 điểm ảnh.' },
  '*.src': { label: 'Tệp ảnh', hint: 'JPG, PNG hoặc WebP, dưới 10 MB.' },
  '*.alt': { label: 'Mô tả ảnh (bắt buộc)', hint: 'Ảnh cho thấy gì, cho người không xem được ảnh (trình đọc màn hình đọc to câu này).' },
  '*.caption': { label: 'Chú thích ảnh', hint: 'Hiện dưới ảnh: ai chụp, ở đâu, khi nào.' },
  relatedStories: { label: 'Câu chuyện liên quan', hint: 'Chọn một hay nhiều câu chuyện kể về Bác.' },
  radio: { label: 'Bản đọc phát thanh', hint: 'Cách đọc riêng cho mục này, thêm vào từ điển chung của trang.' },
  'radio.abbreviations': { label: 'Chữ viết tắt và cách đọc', hint: 'Ví dụ: BĐBP → Bộ đội Biên phòng.' },
  'radio.keep': { label: 'Từ đọc nguyên như viết', hint: 'Ví dụ: COVID, ASEAN.' },
  body: { label: 'Nội dung', hint: 'Dùng nút "Chèn" để thêm lời trích, ảnh có chú thích, con số, dòng thời gian, khung ghi chú.' },
  id: { label: 'Mã', hint: 'Chữ thường không dấu, số, gạch ngang (ví dụ "dak-ha"). Đã dùng thì đừng đổi.' },
  note: { label: 'Ghi chú', hint: 'Không hiện trên trang.' },
};

/**
 * A field's texts by its dotted path ("cover.alt"): its kind's own, else the shared ones, where
 * "*.alt" matches a subfield at any depth; undefined when neither has one.
 */
export function findFieldText(text: CollectionText, common: Record<string, FieldText>, path: string): FieldText | undefined {
  const leaf = path.split('.').pop() ?? path;
  return text.fields[path] ?? common[path] ?? common[`*.${leaf}`] ?? (path === leaf ? undefined : (text.fields[leaf] ?? common[leaf]));
}

/** Texts of every content kind, keyed by the collection's name in src/schemas/collections.ts. */
export const cmsCollections: Record<string, CollectionText> = {
  articles: {
    label: 'Bài viết',
    singular: 'bài viết',
    description: 'Tin, phóng sự, bài nghiên cứu – trao đổi. Đường dẫn: /bai-viet/<tên-tệp>/.',
    fields: {
      title: { label: 'Tiêu đề', hint: 'Tối đa 150 ký tự.' },
      description: { label: 'Tóm tắt', hint: 'Tối đa 200 ký tự: là phần xem trước khi chia sẻ lên Zalo, Facebook.' },
      category: { label: 'Chuyên mục', hint: 'Ví dụ: Tin tức, Mô hình hay, Gương sáng, Nghiên cứu – Trao đổi.' },
      tags: { label: 'Thẻ', hint: 'Mỗi thẻ một dòng, ví dụ "Chỉ thị 05-CT/TW".' },
      author: { label: 'Tác giả', hint: 'Để trống: "Ban Biên tập".' },
      locality: { label: 'Địa bàn', hint: 'Bài viết về địa bàn nào (không bắt buộc).' },
    },
  },
  storyCollections: {
    label: 'Bộ truyện kể về Bác',
    singular: 'bộ truyện',
    description: 'Các bộ "Kể chuyện Bác Hồ"; mỗi câu chuyện thuộc một bộ.',
    fields: {
      order: { label: 'Thứ tự', hint: 'Số nhỏ đứng trước trong danh sách các bộ.' },
      featured: { label: 'Nổi bật ở trang chủ', hint: 'Bộ nổi bật đầu tiên được giới thiệu ở trang chủ.' },
    },
  },
  stories: {
    label: 'Câu chuyện về Bác',
    singular: 'câu chuyện',
    description: 'Mỗi câu chuyện ghi rõ nguồn (sách, nhà xuất bản, năm, trang) để người đọc kiểm tra được.',
    fields: {
      collection: { label: 'Thuộc bộ truyện', hint: 'Tệp được lưu trong thư mục của bộ này.' },
      order: { label: 'Thứ tự trong bộ', hint: 'Từ 1; hai câu chuyện cùng bộ không trùng số.' },
      source: { label: 'Nguồn', hint: 'Câu chuyện được kể lại từ sách, tài liệu nào.' },
      'source.title': { label: 'Tên sách, tài liệu' },
      'source.publisher': { label: 'Nhà xuất bản hoặc cơ quan ban hành' },
      'source.year': { label: 'Năm xuất bản' },
      'source.pages': { label: 'Trang', hint: 'Ví dụ: tr. 45–47.' },
      'source.author': { label: 'Tác giả, người biên soạn' },
      date: { label: 'Ngày xảy ra', hint: 'Nếu biết chính xác: câu chuyện hiện ở mục "Ngày này năm xưa".' },
      when: { label: 'Thời gian (bằng lời)', hint: 'Ví dụ: Mùa xuân năm 1946.' },
      place: { label: 'Địa điểm' },
      themes: { label: 'Chủ đề', hint: 'Ít nhất một, ví dụ: Tiết kiệm, Thương dân.' },
      lesson: { label: 'Bài học làm theo', hint: 'Vài câu: hôm nay chúng ta học và làm theo điều gì.' },
      cover: { label: 'Ảnh minh họa' },
    },
  },
  exemplars: {
    label: 'Tấm gương bình dị',
    singular: 'tấm gương',
    description: 'Hồ sơ cá nhân, tập thể điển hình trong học tập và làm theo Bác.',
    fields: {
      name: { label: 'Tên cá nhân, tập thể', hint: 'Tối đa 120 ký tự.' },
      kind: { label: 'Loại' },
      description: { label: 'Tóm tắt', hint: 'Một câu, tối đa 200 ký tự.' },
      locality: { label: 'Địa bàn' },
      field: { label: 'Lĩnh vực', hint: 'Ví dụ: Nông nghiệp, Giáo dục.' },
      ethnicity: { label: 'Dân tộc', hint: 'Ví dụ: Xơ Đăng, Ba Na.' },
      portrait: {
        label: 'Ảnh chân dung, ảnh hoạt động',
        hint: 'Ảnh chụp thật, không dùng tranh vẽ hay hình bóng. Không có ảnh thì trang hiện ô trang trí theo loại (cá nhân, tập thể).',
      },
      model: { label: 'Mô hình, việc làm tiêu biểu', hint: 'Tối đa 300 ký tự.' },
      recognitions: { label: 'Khen thưởng, ghi nhận', hint: 'Ít nhất một.' },
      'recognitions.year': { label: 'Năm' },
      'recognitions.level': { label: 'Cấp khen thưởng' },
      'recognitions.title': { label: 'Hình thức', hint: 'Ví dụ: Bằng khen của Chủ tịch UBND tỉnh.' },
    },
  },
  questions: {
    label: 'Câu hỏi hằng tuần',
    singular: 'câu hỏi',
    description: '"Mỗi tuần một câu hỏi, một đáp án". Tệp lưu theo năm: content/questions/<năm>/.',
    fields: {
      year: { label: 'Năm', hint: 'Năm theo tuần ISO (thường là năm dương lịch).' },
      week: { label: 'Tuần', hint: 'Từ 1 đến 53; mỗi tuần chỉ một câu hỏi.' },
      question: { label: 'Câu hỏi' },
      onThisDay: { label: 'Ngày này năm xưa' },
      'onThisDay.date': { label: 'Ngày' },
      'onThisDay.event': { label: 'Sự kiện', hint: 'Bác đã nói, đã làm gì ngày ấy, trong một câu.' },
      quote: { label: 'Lời Bác' },
      'quote.text': { label: 'Lời trích', hint: 'Đúng nguyên văn như bản đã xuất bản.' },
      'quote.source': { label: 'Nguồn', hint: 'Ví dụ: Hồ Chí Minh Toàn tập, tập 4, tr. 7.' },
      quiz: { label: 'Thi tìm hiểu', hint: 'Không bắt buộc: đưa câu hỏi vào phần tự kiểm tra.' },
      'quiz.choices': { label: 'Các phương án', hint: 'Từ 2 đến 4 phương án, có phương án đúng.' },
      'quiz.correct': { label: 'Phương án đúng', hint: 'Số thứ tự, đếm từ 1.' },
      relatedExemplars: { label: 'Tấm gương liên quan' },
      body: { label: 'Đáp án' },
    },
  },
  documents: {
    label: 'Văn bản – Tài liệu',
    singular: 'văn bản',
    description:
      'Chỉ thị, nghị quyết, kết luận, quy định, chuyên đề hằng năm, mỗi văn bản kèm một tệp PDF hoặc Word. Đường dẫn: /van-ban/<tên-tệp>/.',
    fields: {
      title: { label: 'Tên văn bản', hint: 'Tối đa 200 ký tự, ví dụ "Chỉ thị về đẩy mạnh học tập và làm theo…".' },
      type: { label: 'Loại văn bản' },
      number: { label: 'Số, ký hiệu', hint: 'Ví dụ: 05-CT/TW. Để trống nếu văn bản không có số.' },
      issuer: { label: 'Cơ quan ban hành', hint: 'Ví dụ: Bộ Chính trị.' },
      issued: { label: 'Ngày ban hành', hint: 'Nếu không biết ngày, điền Năm bên dưới.' },
      year: { label: 'Năm', hint: 'Chỉ điền khi không biết ngày ban hành.' },
      description: { label: 'Tóm tắt', hint: 'Một đến hai câu, tối đa 200 ký tự, bằng lời của trang.' },
      attachment: { label: 'Tệp đính kèm' },
      'attachment.file': { label: 'Tệp PDF hoặc Word', hint: 'Tệp .pdf hoặc .docx, tối đa 20 MB; tên tệp không dấu.' },
      'attachment.label': { label: 'Tên tệp hiện trên nút tải', hint: 'Ví dụ: Tóm tắt – tài liệu mẫu.' },
      officialSource: { label: 'Nơi đọc toàn văn chính thức', hint: 'Ví dụ: cổng thông tin của cơ quan ban hành.' },
      body: { label: 'Nội dung tóm tắt' },
    },
  },
  models: {
    label: 'Mô hình hay, cách làm mới',
    singular: 'mô hình',
    description: 'Sổ theo dõi các mô hình hay, cách làm mới: ở đâu, ai làm, đổi thay gì, nhân rộng ở đâu. Đường dẫn: /mo-hinh/<tên-tệp>/.',
    fields: {
      name: { label: 'Tên mô hình', hint: 'Tối đa 150 ký tự.' },
      description: { label: 'Tóm tắt', hint: 'Một câu, tối đa 200 ký tự.' },
      locality: { label: 'Nơi bắt đầu' },
      field: { label: 'Lĩnh vực', hint: 'Ví dụ: Nông nghiệp, Giáo dục.' },
      startYear: { label: 'Năm bắt đầu' },
      runBy: { label: 'Đơn vị, người thực hiện', hint: 'Tập thể hay chức danh; không ghi tên người thật nếu là nội dung minh họa.' },
      results: { label: 'Đổi thay, kết quả', hint: 'Mỗi kết quả một dòng.' },
      replicatedIn: { label: 'Đã nhân rộng ở', hint: 'Chọn các địa bàn.' },
      relatedExemplars: { label: 'Tấm gương liên quan' },
      relatedArticles: { label: 'Bài viết liên quan' },
      body: { label: 'Nội dung' },
    },
  },
  charts: {
    label: 'Số liệu (biểu đồ)',
    singular: 'biểu đồ',
    description: 'Mỗi tệp là một biểu đồ ở trang /so-lieu/: các cột số liệu, lấy đúng từ báo cáo, kèm nguồn.',
    fields: {
      title: { label: 'Tên biểu đồ', hint: 'Tối đa 150 ký tự.' },
      description: { label: 'Tóm tắt', hint: 'Một câu, tối đa 200 ký tự.' },
      order: { label: 'Thứ tự', hint: 'Số nhỏ đứng trước trên trang Số liệu.' },
      unit: { label: 'Đơn vị', hint: 'Ví dụ: lượt người, hội nghị.' },
      period: { label: 'Giai đoạn', hint: 'Ví dụ: 2016–2020.' },
      source: { label: 'Nguồn', hint: 'Báo cáo nào, của cơ quan nào, năm nào.' },
      note: { label: 'Ghi chú dưới biểu đồ', hint: 'Ví dụ: "trong đó" … để người đọc hiểu đúng con số.' },
      bars: { label: 'Các cột', hint: 'Ít nhất một cột.' },
      'bars.label': { label: 'Tên cột' },
      'bars.group': { label: 'Nhóm', hint: 'Ví dụ: Tập thể, Cá nhân. Để trống nếu không chia nhóm.' },
      'bars.value': { label: 'Con số', hint: 'Chỉ chữ số, không dấu chấm phân cách.' },
      'bars.qualifier': { label: 'Từ đi kèm', hint: 'Như báo cáo viết: hơn, trên, gần, khoảng.' },
      'bars.unit': { label: 'Đơn vị riêng của cột', hint: 'Để trống nếu như đơn vị của biểu đồ.' },
    },
  },
  contests: {
    label: 'Cuộc thi, giải thưởng',
    singular: 'cuộc thi',
    description:
      'Mỗi tệp là một cuộc thi hay một đợt giải thưởng: chủ đề, thời hạn, cách gửi bài và thể lệ. Trang không nhận bài dự thi. Đường dẫn: /cuoc-thi/<tên-tệp>/.',
    fields: {
      title: { label: 'Tên cuộc thi, đợt giải', hint: 'Đúng tên ban tổ chức ghi, tối đa 200 ký tự.' },
      description: { label: 'Tóm tắt', hint: 'Một câu, tối đa 200 ký tự.' },
      theme: { label: 'Chủ đề' },
      organiser: { label: 'Đơn vị tổ chức', hint: 'Tên đơn vị tại thời điểm tổ chức.' },
      opens: { label: 'Ngày phát động' },
      deadline: { label: 'Hạn nhận bài' },
      results: { label: 'Ngày công bố kết quả', hint: 'Để trống khi chưa có.' },
      howToEnter: { label: 'Cách tham gia', hint: 'Nộp trực tiếp ở đâu, gửi bưu điện hay thư điện tử. Trang không nhận bài.' },
      email: { label: 'Thư điện tử nhận bài', hint: 'Không bắt buộc.' },
      entries: { label: 'Số tác phẩm dự thi', hint: 'Không bắt buộc; ghi đúng số đã công bố.' },
      prizes: { label: 'Các giải', hint: 'Theo thứ tự từ cao xuống, ví dụ Giải A, Giải B. Danh sách đoạt giải xếp theo thứ tự này.' },
      body: { label: 'Thể lệ' },
    },
  },
  contestWorks: {
    label: 'Tác phẩm đoạt giải',
    singular: 'tác phẩm',
    description: 'Tác phẩm đoạt giải của một cuộc thi: tác giả, địa bàn, giải và toàn văn. Đường dẫn: /cuoc-thi/tac-pham/<tên-tệp>/.',
    fields: {
      title: { label: 'Tên tác phẩm', hint: 'Tối đa 200 ký tự.' },
      description: { label: 'Tóm tắt', hint: 'Một câu, tối đa 200 ký tự.' },
      round: { label: 'Cuộc thi', hint: 'Chọn cuộc thi, đợt giải mà tác phẩm đoạt giải.' },
      prize: { label: 'Giải', hint: 'Ghi đúng như trong danh sách giải của cuộc thi.' },
      author: { label: 'Tác giả', hint: 'Ghi đúng cách tác giả viết tên mình (tên đồng bào dân tộc thiểu số giữ nguyên cách viết).' },
      locality: { label: 'Địa bàn' },
      genre: { label: 'Thể loại', hint: 'Ví dụ: Bài viết, Thơ, Phóng sự.' },
      body: { label: 'Toàn văn tác phẩm' },
    },
  },
  localities: {
    label: 'Địa bàn',
    singular: 'địa bàn',
    description: 'Tỉnh, huyện, xã theo tên tại thời điểm của nội dung.',
    fields: {
      items: { label: 'Danh sách địa bàn' },
      name: { label: 'Tên', hint: 'Tên tại thời điểm của nội dung, ví dụ "Đăk Hà".' },
      level: { label: 'Cấp hành chính' },
      parent: { label: 'Thuộc', hint: 'Để trống nếu là tỉnh.' },
      now: { label: 'Nay thuộc', hint: 'Sau sắp xếp, ví dụ "Tỉnh Quảng Ngãi (từ 1/7/2025)".' },
    },
  },
  highlights: {
    label: 'Số liệu trang chủ',
    singular: 'số liệu',
    description: 'Các con số lớn hiện ở trang chủ.',
    fields: {
      items: { label: 'Các con số' },
      id: { label: 'Mã', hint: 'Chữ thường không dấu, số, gạch ngang, ví dụ "mo-hinh-hay".' },
      value: { label: 'Con số', hint: 'Viết như trong báo cáo, ví dụ "10.930" hoặc "Hơn 3.780".' },
      label: { label: 'Nội dung', hint: 'Con số đếm gì, ví dụ "mô hình hay, cách làm mới".' },
      note: { label: 'Ghi chú dưới con số', hint: 'Lưu ý riêng của con số này, ví dụ "xây dựng trong những năm qua".' },
      period: { label: 'Giai đoạn', hint: 'Con số tính đến khi nào, theo đúng chữ của nguồn, ví dụ "tính đến năm 2021".' },
      source: {
        label: 'Nguồn',
        hint: 'Báo cáo hay bài báo đăng con số: tên, cơ quan hoặc tờ báo, năm. Các con số cùng nguồn chỉ ghi một lần dưới trang.',
      },
      modelsTotal: {
        label: 'Là tổng số mô hình',
        hint: 'Bật nếu đây là tổng số mô hình hay theo báo cáo: con số được nhắc lại ở đầu trang Mô hình hay, vì trang chỉ giới thiệu một phần.',
      },
    },
  },
  radioAbbreviations: {
    label: 'Phát thanh: chữ viết tắt',
    singular: 'chữ viết tắt',
    description: 'Từ điển chữ viết tắt và cách đọc cho bản đọc phát thanh.',
    fields: {
      items: { label: 'Chữ viết tắt' },
      id: { label: 'Chữ viết tắt', hint: 'Như khi viết, ví dụ "UBND".' },
      spoken: { label: 'Đọc là', hint: 'Ví dụ: Ủy ban nhân dân.' },
    },
  },
  radioKeepWords: {
    label: 'Phát thanh: từ đọc nguyên',
    singular: 'từ đọc nguyên',
    description: 'Từ đọc nguyên như viết, không đánh vần (ví dụ ASEAN).',
    fields: {
      items: { label: 'Từ đọc nguyên' },
      id: { label: 'Từ', hint: 'Như khi viết, ví dụ "ASEAN".' },
    },
  },
};

/** Texts of the editor's own screens and of its storytelling blocks (src/components/mdx/). */
export const cmsText = {
  appTitle: 'Biên tập – Làm theo Bác',
  loading: 'Đang mở trình biên tập…',
  noScript: 'Trình biên tập cần bật JavaScript.',
  /** The date field (src/cms/app/date-field.ts). */
  date: {
    placeholder: 'ngày/tháng/năm, ví dụ 19/05/1890',
    hint: 'Gõ ngày trước, rồi tháng, rồi năm đủ 4 chữ số.',
    today: 'Hôm nay',
  },
  /** The year field (src/cms/app/year-field.ts). */
  year: { placeholder: 'ví dụ 2026' },
  /** The page preview (src/cms/preview-pages.ts). */
  preview: {
    article: 'Bài viết',
    defaultAuthor: 'Ban Biên tập',
    story: 'Kể chuyện Bác Hồ',
    storyCollection: 'Bộ truyện kể về Bác',
    exemplar: 'Những tấm gương bình dị',
    model: 'Mô hình, cách làm',
    recognitions: 'Khen thưởng',
    question: (week: string, year: string) => `Mỗi tuần một câu hỏi · Tuần ${week}/${year}`,
    onThisDay: 'Ngày này năm xưa',
    quote: 'Lời Bác',
    answer: 'Đáp án',
    quiz: 'Thi tìm hiểu',
    rightChoice: '(đúng)',
    summary: 'Tóm tắt',
    attachment: 'Tệp đính kèm',
    officialSource: 'Văn bản chính thức',
    modelKind: 'Mô hình hay, cách làm mới',
    since: (year: string) => `từ năm ${year}`,
    results: 'Kết quả',
    replicatedIn: 'Đã nhân rộng ở',
    chart: 'Số liệu',
    figures: 'Các con số',
    source: 'Nguồn',
  },
  /** Leaving a form with unsaved work (src/cms/app/leave-guard.ts). */
  leaveGuard: {
    confirm: 'Mục này có thay đổi chưa lưu. Rời đi bây giờ thì các thay đổi ấy sẽ mất. Vẫn rời đi?',
  },
  /** The save check's words (src/cms/app/save-gate.ts). */
  saveCheck: {
    refused: (count: number) => `Chưa lưu: có ${count} điều cần sửa.`,
    inOtherFile: (file: string, field: string | undefined) => `Ở tệp ${file}${field ? ` (${field})` : ''}`,
    overwrite: (file: string, title: string | undefined) =>
      `Đã có một mục lưu ở tệp ${file}${title ? ` («${title}»)` : ''}. Lưu mục mới sẽ xóa mất mục ấy, nên chưa lưu. Hãy mở mục ấy để sửa, hoặc đổi thông tin (tiêu đề, năm, tuần…) để mục mới có tệp riêng.`,
    unavailable:
      'Chưa lưu: trình biên tập không kiểm tra được nội dung (không tải được danh sách nội dung của trang). Kiểm tra kết nối rồi bấm Lưu lại.',
    notReady:
      'Trình biên tập chưa mở được: thiếu phần kiểm tra nội dung trước khi lưu, nên không thể cho lưu. Hãy tải lại trang; nếu vẫn thấy thông báo này, báo bộ phận kỹ thuật.',
  },
  components: {
    Quote: {
      label: 'Lời trích (có nguồn)',
      text: 'Lời trích',
      source: 'Nguồn',
      sourceHint: 'Ví dụ: Hồ Chí Minh Toàn tập, tập 11, tr. 528.',
      speaker: 'Người nói',
      speakerHint: 'Để trống nếu là lời Bác.',
    },
    Figure: { label: 'Ảnh có chú thích', image: 'Tệp ảnh', alt: 'Mô tả ảnh (bắt buộc)', caption: 'Chú thích' },
    Stats: {
      label: 'Các con số',
      stats: 'Con số',
      value: 'Con số',
      valueHint: 'Viết như trong báo cáo, ví dụ "10.930".',
      statLabel: 'Nội dung',
    },
    Timeline: {
      label: 'Dòng thời gian',
      events: 'Mốc',
      when: 'Thời gian',
      whenHint: 'Ví dụ "15/5/2016" hoặc "Tháng 5/2016".',
      text: 'Sự kiện',
    },
    Callout: { label: 'Khung ghi chú', title: 'Tiêu đề khung', text: 'Nội dung' },
  },
} as const;

/** The status bar of the editor on one computer (src/cms/app/local-status.ts), under the local server (src/cms/local-server/). */
export const localStatusText = {
  label: 'Tình trạng trang web trên máy này',
  building: 'Đang cập nhật trang…',
  ready: (time: string) => `Trang đã cập nhật lúc ${time}`,
  view: 'Xem trang',
  invalid: (count: number) => `${count} lỗi: trang chưa cập nhật`,
  invalidHint: 'Sửa các lỗi dưới đây rồi bấm Lưu; trang đang chạy vẫn như trước.',
  field: (field: string) => `trường "${field}": `,
  failed: 'Không cập nhật được trang (lỗi không do nội dung). Trang vẫn như trước; hãy báo bộ phận kỹ thuật.',
  log: 'Nhật ký cho bộ phận kỹ thuật',
  lost: 'Mất liên lạc với chương trình Biên tập trên máy này: trang không được cập nhật. Hãy mở lại biểu tượng Biên tập.',
} as const;
