using QRCoder;
using SkiaSharp;

namespace Planner.Documents.Protocol;

/// <summary>
/// A QR code (QRCoder's module matrix, error correction M) as vector squares: each run of dark modules in a row
/// is one filled rectangle, so the code stays sharp at any print size and adds no image to the PDF.
/// </summary>
public sealed class QrSquares
{
    private QrSquares(bool[,] dark) => Dark = dark;

    /// <summary>The modules without the quiet zone: <c>[row, column]</c>, true where dark.</summary>
    public bool[,] Dark { get; }

    /// <summary>Modules per side, without the quiet zone.</summary>
    public int Size => Dark.GetLength(0);

    public static QrSquares Of(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        const int quiet = 4;
        var size = matrix.Count - (2 * quiet);
        var dark = new bool[size, size];
        for (var row = 0; row < size; row++)
        {
            for (var column = 0; column < size; column++)
                dark[row, column] = matrix[row + quiet][column + quiet];
        }

        return new QrSquares(dark);
    }

    /// <summary>The runs of dark modules as rectangles filling a square of <paramref name="side"/> at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public IEnumerable<SKRect> Squares(float x, float y, float side)
    {
        var module = side / Size;
        for (var row = 0; row < Size; row++)
        {
            var column = 0;
            while (column < Size)
            {
                if (!Dark[row, column])
                {
                    column++;
                    continue;
                }

                var start = column;
                while (column < Size && Dark[row, column])
                    column++;
                yield return new SKRect(x + (start * module), y + (row * module), x + (column * module), y + ((row + 1) * module));
            }
        }
    }

    /// <summary>Draws the code on <paramref name="sheet"/>, with its quiet zone left white around the square.</summary>
    public void Draw(Sheet sheet, float x, float y, float side)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        foreach (var square in Squares(x, y, side))
            sheet.Rect(square, SKColors.Black);
    }
}
