#include "io/XlsxBook.h"

#include <xlsxwriter.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <random>
#include <system_error>

namespace sd::io {

namespace {

constexpr std::size_t kMaxSheetChars = 31;

std::string utf8Prefix(const std::string& s, std::size_t chars)
{
    std::size_t seen = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
            if (seen == chars)
                return s.substr(0, i);
            ++seen;
        }
    }
    return s;
}

std::string lowerAscii(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

double centsToNumber(std::int64_t cents)
{
    // cents / 100 is the nearest double to the decimal amount, which is what a spreadsheet shows and sums.
    return double(cents) / 100.0;
}

double rationalToNumber(const Rational& r, int places)
{
    // Rounded once, exactly, to `places` decimals; then the nearest double of that decimal.
    const auto scaled = r.roundedScaled(places);
    double scale = 1;
    for (int i = 0; i < places; ++i)
        scale *= 10;
    return double(static_cast<long long>(scaled)) / scale;
}

} // namespace

std::string XlsxBook::validSheetName(const std::string& wanted, const std::vector<std::string>& taken)
{
    std::string name;
    for (char c : wanted) {
        static const std::string forbidden = "[]:*?/\\";
        name += forbidden.find(c) == std::string::npos ? c : '_';
    }
    while (!name.empty() && name.front() == '\'')
        name.erase(name.begin());
    while (!name.empty() && name.back() == '\'')
        name.pop_back();
    if (name.empty())
        name = "Sheet";
    name = utf8Prefix(name, kMaxSheetChars);
    const auto isTaken = [&taken](const std::string& candidate) {
        const std::string lower = lowerAscii(candidate);
        return std::any_of(taken.begin(), taken.end(), [&lower](const std::string& t) { return lowerAscii(t) == lower; });
    };
    std::string candidate = name;
    for (int n = 2; isTaken(candidate); ++n) {
        const std::string suffix = " (" + std::to_string(n) + ")";
        candidate = utf8Prefix(name, kMaxSheetChars - suffix.size()) + suffix;
    }
    return candidate;
}

XlsxBook::XlsxBook(std::string path)
    : m_path(std::move(path))
{
    std::random_device rd;
    m_tempPath = m_path + ".tmp-" + std::to_string(rd() % 1000000);
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    m_workbook = workbook_new_opt(m_tempPath.c_str(), &options);
    if (!m_workbook)
        throw ExportError("cannot create " + m_path);

    const auto add = [this](auto&& setup) {
        lxw_format* f = workbook_add_format(m_workbook);
        format_set_font_name(f, "Calibri");
        format_set_font_size(f, 11);
        setup(f);
        m_formats.push_back(f);
    };
    add([](lxw_format*) {}); // Text
    add([](lxw_format* f) {  // Header
        format_set_bold(f);
        format_set_bg_color(f, 0xDDE4EE);
        format_set_border(f, LXW_BORDER_THIN);
        format_set_text_wrap(f);
        format_set_align(f, LXW_ALIGN_VERTICAL_CENTER);
    });
    add([](lxw_format* f) { // Title
        format_set_bold(f);
        format_set_font_size(f, 14);
    });
    add([](lxw_format* f) { format_set_num_format(f, "#,##0.00"); });
    add([](lxw_format* f) { format_set_num_format(f, "0.00%"); });
    add([](lxw_format* f) { format_set_num_format(f, "0.00"); });
    add([](lxw_format* f) { format_set_num_format(f, "#,##0"); });
    add([](lxw_format* f) { format_set_num_format(f, "yyyy-mm-dd"); });
    add([](lxw_format* f) { format_set_bold(f); });
    add([](lxw_format* f) {
        format_set_bold(f);
        format_set_num_format(f, "#,##0.00");
    });
}

XlsxBook::~XlsxBook()
{
    if (m_workbook) {
        // Never written: free it without saving (libxlsxwriter has no discard, so close into the temp file and
        // remove that).
        workbook_close(m_workbook);
        std::error_code ec;
        std::filesystem::remove(m_tempPath, ec);
    }
}

lxw_format* XlsxBook::format(CellStyle style) const
{
    return m_formats.at(std::size_t(style));
}

XlsxBook::Sheet& XlsxBook::addSheet(const std::string& wanted)
{
    const std::string name = validSheetName(wanted, m_sheetNames);
    lxw_worksheet* ws = workbook_add_worksheet(m_workbook, name.c_str());
    if (!ws)
        throw ExportError("cannot add sheet " + name);
    m_sheetNames.push_back(name);
    m_sheets.push_back(std::unique_ptr<Sheet>(new Sheet(this, ws)));
    return *m_sheets.back();
}

void XlsxBook::close()
{
    if (!m_workbook)
        throw ExportError("workbook already closed: " + m_path);
    const lxw_error error = workbook_close(m_workbook);
    m_workbook = nullptr;
    std::error_code ec;
    if (error != LXW_NO_ERROR) {
        std::filesystem::remove(m_tempPath, ec);
        throw ExportError(m_path + ": " + lxw_strerror(error));
    }
    std::filesystem::rename(m_tempPath, m_path, ec);
    if (ec) {
        std::filesystem::remove(m_tempPath, ec);
        throw ExportError(m_path + ": " + ec.message());
    }
}

void XlsxBook::Sheet::check(int error, int row, int col) const
{
    if (error != LXW_NO_ERROR)
        throw ExportError("cell (" + std::to_string(row + 1) + ", " + std::to_string(col + 1)
                          + "): " + lxw_strerror(lxw_error(error)));
}

void XlsxBook::Sheet::text(int row, int col, const std::string& value, CellStyle style)
{
    if (value.empty()) {
        blank(row, col, style);
        return;
    }
    check(worksheet_write_string(m_sheet, lxw_row_t(row), lxw_col_t(col), value.c_str(), m_book->format(style)), row,
          col);
}

void XlsxBook::Sheet::money(int row, int col, Money value, CellStyle style)
{
    check(worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(col), centsToNumber(value.cents()),
                                 m_book->format(style)),
          row, col);
}

void XlsxBook::Sheet::ratio(int row, int col, const std::optional<Rational>& value, CellStyle style)
{
    if (!value) {
        blank(row, col, style);
        return;
    }
    // Six decimals of the ratio: a percent with four, more than any export shows.
    check(worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(col), rationalToNumber(*value, 6),
                                 m_book->format(style)),
          row, col);
}

void XlsxBook::Sheet::decimal(int row, int col, const Rational& value, CellStyle style)
{
    check(worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(col), rationalToNumber(value, 6),
                                 m_book->format(style)),
          row, col);
}

void XlsxBook::Sheet::integer(int row, int col, long long value, CellStyle style)
{
    check(worksheet_write_number(m_sheet, lxw_row_t(row), lxw_col_t(col), double(value), m_book->format(style)), row,
          col);
}

void XlsxBook::Sheet::date(int row, int col, Date value)
{
    lxw_datetime dt{};
    dt.year = value.year();
    dt.month = value.month();
    dt.day = value.day();
    check(worksheet_write_datetime(m_sheet, lxw_row_t(row), lxw_col_t(col), &dt, m_book->format(CellStyle::Date)),
          row, col);
}

void XlsxBook::Sheet::blank(int row, int col, CellStyle style)
{
    check(worksheet_write_blank(m_sheet, lxw_row_t(row), lxw_col_t(col), m_book->format(style)), row, col);
}

void XlsxBook::Sheet::header(int row, const std::vector<std::string>& titles)
{
    for (std::size_t c = 0; c < titles.size(); ++c)
        text(row, int(c), titles[c], CellStyle::Header);
    worksheet_set_row(m_sheet, lxw_row_t(row), 30, nullptr);
}

void XlsxBook::Sheet::freeze(int row, int col)
{
    worksheet_freeze_panes(m_sheet, lxw_row_t(row), lxw_col_t(col));
}

void XlsxBook::Sheet::autoFilter(int headerRow, int lastRow, int firstCol, int lastCol)
{
    check(worksheet_autofilter(m_sheet, lxw_row_t(headerRow), lxw_col_t(firstCol),
                               lxw_row_t(std::max(headerRow, lastRow)), lxw_col_t(lastCol)),
          headerRow, firstCol);
}

void XlsxBook::Sheet::columnWidth(int col, double width)
{
    worksheet_set_column(m_sheet, lxw_col_t(col), lxw_col_t(col), width, nullptr);
}

void XlsxBook::Sheet::columnWidths(const std::vector<double>& widths)
{
    for (std::size_t c = 0; c < widths.size(); ++c)
        columnWidth(int(c), widths[c]);
}

void XlsxBook::Sheet::mergeText(int row, int firstCol, int lastCol, const std::string& value, CellStyle style)
{
    if (firstCol == lastCol) {
        text(row, firstCol, value, style);
        return;
    }
    check(worksheet_merge_range(m_sheet, lxw_row_t(row), lxw_col_t(firstCol), lxw_row_t(row), lxw_col_t(lastCol),
                                value.c_str(), m_book->format(style)),
          row, firstCol);
}

void XlsxBook::Sheet::printLandscape()
{
    worksheet_set_landscape(m_sheet);
    worksheet_set_paper(m_sheet, 9); // A4
    worksheet_fit_to_pages(m_sheet, 1, 0);
}

} // namespace sd::io
