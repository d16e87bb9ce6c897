#pragma once

#include "domain/Date.h"
#include "domain/Money.h"
#include "domain/Rational.h"

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

typedef struct lxw_workbook lxw_workbook;
typedef struct lxw_worksheet lxw_worksheet;
typedef struct lxw_format lxw_format;

namespace sd::io {

// An export that could not be written (disk full, file in use, bad path); nothing was left behind.
class ExportError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// The cell styles every Salesdesk workbook shares, so all exports look alike.
enum class CellStyle
{
    Text,
    Header,  // bold on grey, bordered, wrapped: a table's header row
    Title,   // a sheet's title line
    Money,   // #,##0.00
    Percent, // 0.00%
    Number,  // 0.00
    Integer, // #,##0
    Date,    // yyyy-mm-dd
    Bold,
    MoneyBold,
};

// An xlsx workbook written with libxlsxwriter: sheets with the shared styles, money and ratios written as numbers
// (exact to the cent: a Money becomes cents / 100), "not applicable" as an empty cell. It writes to a temporary file
// next to the target and renames it on close(), so a failed or abandoned export leaves nothing half-written.
class XlsxBook
{
public:
    class Sheet
    {
    public:
        void text(int row, int col, const std::string& value, CellStyle style = CellStyle::Text);
        void money(int row, int col, Money value, CellStyle style = CellStyle::Money);
        // A ratio (attainment, rate) as a percent cell; nullopt leaves the cell empty.
        void ratio(int row, int col, const std::optional<Rational>& value, CellStyle style = CellStyle::Percent);
        // An exact decimal (a score, a count that may be fractional) rounded to `places` for display.
        void decimal(int row, int col, const Rational& value, CellStyle style = CellStyle::Number);
        void integer(int row, int col, long long value, CellStyle style = CellStyle::Integer);
        void date(int row, int col, Date value);
        void blank(int row, int col, CellStyle style = CellStyle::Text);
        // A styled header row; with `freeze` the rows above and including it stay visible and get an autofilter
        // once lastRow() is known (see finishTable).
        void header(int row, const std::vector<std::string>& titles);
        // Freezes everything above `row` and left of `col`.
        void freeze(int row, int col = 0);
        // An autofilter over a table whose header is at `headerRow` and whose data ends at `lastRow`.
        void autoFilter(int headerRow, int lastRow, int firstCol, int lastCol);
        void columnWidth(int col, double width);
        void columnWidths(const std::vector<double>& widths);
        void mergeText(int row, int firstCol, int lastCol, const std::string& value, CellStyle style = CellStyle::Title);
        // Landscape A4 fitted to the page width, for printing from the spreadsheet program.
        void printLandscape();

    private:
        friend class XlsxBook;
        Sheet(XlsxBook* book, lxw_worksheet* sheet)
            : m_book(book)
            , m_sheet(sheet)
        {
        }
        void check(int error, int row, int col) const;
        XlsxBook* m_book;
        lxw_worksheet* m_sheet;
    };

    // Throws ExportError when the temporary file cannot be created.
    explicit XlsxBook(std::string path);
    ~XlsxBook(); // an unclosed book is discarded: its temporary file is removed
    XlsxBook(const XlsxBook&) = delete;
    XlsxBook& operator=(const XlsxBook&) = delete;

    // A new sheet; the name is made valid for Excel (at most 31 characters, none of []:*?/\, unique ignoring
    // case), so Chinese names and org paths can be used as they are.
    Sheet& addSheet(const std::string& name);
    // Writes the workbook and moves it into place; throws ExportError (and leaves no file) on failure.
    void close();

    static std::string validSheetName(const std::string& wanted, const std::vector<std::string>& taken);

private:
    lxw_format* format(CellStyle style) const;
    std::string m_path;
    std::string m_tempPath;
    lxw_workbook* m_workbook = nullptr;
    std::vector<lxw_format*> m_formats;
    std::vector<std::unique_ptr<Sheet>> m_sheets;
    std::vector<std::string> m_sheetNames;
};

} // namespace sd::io
