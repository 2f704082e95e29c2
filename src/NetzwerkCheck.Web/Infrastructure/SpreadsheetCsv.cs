using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace NetzwerkCheck.Web.Infrastructure;

/// <summary>CSV as German Excel opens it without an import dialog: semicolons, UTF-8 with a BOM, formulas defused.</summary>
public static class SpreadsheetCsv
{
    public static readonly Encoding Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    public static CsvWriter Writer(TextWriter writer, CultureInfo culture) => new(writer, new CsvConfiguration(culture)
    {
        Delimiter = ";",
        // A cell starting with = + - @ would run as a formula in a spreadsheet.
        InjectionOptions = InjectionOptions.Escape,
    });

    /// <summary>A whole file in memory: a header row from <paramref name="headers"/>, then one row per item.</summary>
    public static byte[] Write<T>(IReadOnlyList<string> headers, IEnumerable<T> rows, Func<T, IEnumerable<object?>> cells)
    {
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, Encoding))
        using (var csv = Writer(writer, CultureInfo.CurrentCulture))
        {
            foreach (var header in headers)
            {
                csv.WriteField(header);
            }
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var cell in cells(row))
                {
                    csv.WriteField(cell);
                }
                csv.NextRecord();
            }
        }
        return buffer.ToArray();
    }
}
