using System.Globalization;

namespace Planner.Documents.Pdf;

/// <summary>A drawn page, ready to be written: its size in points and its compressed content stream.</summary>
internal sealed record PdfPage(float Width, float Height, byte[] Content);

/// <summary>
/// What a PDF says about itself (its document information and catalog): the title (also its subject), the author,
/// the language (in the catalog's <c>/Lang</c>, and as the keyword <c>lang:ru</c> for readers that only show keywords).
/// </summary>
internal sealed record PdfInfo(string Title, string Author, string Language, DateTime Created)
{
    public const string Creator = "Planner";
}

/// <summary>
/// A PDF written to a stream page by page: each page's content is drawn on a <see cref="PdfCanvas"/> (on any thread,
/// several at once) and added in order; fonts, images and the page tree are written when the document is closed.
/// The file is PDF 1.7 with a classic cross-reference table, its language in the catalog and its texts' fonts
/// embedded as subsets.
/// </summary>
internal sealed class PdfDocument(Stream output, PdfInfo info)
{
    private readonly PdfFile _file = new(output);
    private readonly List<int> _pages = [];
    private int _catalog;
    private int _tree;
    private int _resources;

    public PdfResources Resources { get; } = new();

    /// <summary>A canvas for a page of <paramref name="width"/> × <paramref name="height"/> points, to be added with <see cref="Add"/>.</summary>
    public PdfCanvas Page(float width, float height) => new(Resources, width, height);

    /// <summary>Writes the next page, as <see cref="PdfCanvas.Finish"/> made it.</summary>
    public void Add(PdfPage drawn)
    {
        if (_pages.Count == 0)
            (_catalog, _tree, _resources) = (_file.Reserve(), _file.Reserve(), _file.Reserve());
        var stream = _file.Reserve();
        _file.Stream(stream, " /Filter /FlateDecode", drawn.Content);
        var page = _file.Reserve();
        _file.Object(page, new PdfBytes(160).Put($"<</Type /Page /Parent {_tree} 0 R /MediaBox [0 0 ").Num(drawn.Width).Number(drawn.Height)
            .Put($"] /Resources {_resources} 0 R /Contents {stream} 0 R>>"));
        _pages.Add(page);
    }

    /// <summary>Writes what the pages share, the page tree, the information and the catalog, and the file's end.</summary>
    public void Close()
    {
        // A PDF has at least one page: a document with nothing to draw is one blank A4 page.
        if (_pages.Count == 0)
            Add(Page(Composer.PageFrame.Width, Composer.PageFrame.Height).Finish());
        Resources.Write(_file, _resources);
        var kids = new PdfBytes(16 + (_pages.Count * 8)).Put("<</Type /Pages /Count ").Num(_pages.Count).Put("/Kids ["u8);
        foreach (var page in _pages)
            kids.Num(page).Put("0 R "u8);
        _file.Object(_tree, kids.Put("]>>"u8));

        var date = "D:" + info.Created.ToUniversalTime().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+00'00'";
        var infoNumber = _file.Reserve();
        _file.Object(infoNumber, new PdfBytes(512).Put("<</Title "u8).Text(info.Title).Put(" /Author "u8).Text(info.Author).Put(" /Subject "u8).Text(info.Title)
            .Put(" /Keywords "u8).Text("lang:" + info.Language).Put(" /Creator "u8).Text(PdfInfo.Creator).Put(" /Producer "u8).Text(PdfInfo.Creator)
            .Put(" /CreationDate "u8).Text(date).Put(" /ModDate "u8).Text(date).Put(">>"u8));
        _file.Object(_catalog, new PdfBytes(128).Put($"<</Type /Catalog /Pages {_tree} 0 R /Lang ").Text(info.Language).Put(">>"u8));
        _file.Finish(_catalog, infoNumber);
    }
}
