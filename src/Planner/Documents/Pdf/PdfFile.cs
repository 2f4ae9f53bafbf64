using System.Globalization;

namespace Planner.Documents.Pdf;

/// <summary>
/// A PDF file written front to back: numbered objects as they come, then the cross-reference table and the
/// trailer. Object numbers may be reserved before their object is written (a page names its parent before the
/// page tree exists). Written from one thread.
/// </summary>
internal sealed class PdfFile(Stream output)
{
    private readonly List<long> _offsets = [];
    private long _position;
    private bool _started;

    /// <summary>A new object number, its object to be written later.</summary>
    public int Reserve()
    {
        _offsets.Add(-1);
        return _offsets.Count;
    }

    /// <summary>Writes object <paramref name="number"/> with <paramref name="body"/> (a dictionary, array or other value).</summary>
    public void Object(int number, PdfBytes body) => Object(number, body.Span);

    public void Object(int number, ReadOnlySpan<byte> body)
    {
        Begin(number);
        Write(body);
        Write("\nendobj\n"u8);
    }

    /// <summary>Writes a stream object: <paramref name="dictionary"/>'s entries (without the brackets and /Length), then the data.</summary>
    public void Stream(int number, string dictionary, ReadOnlySpan<byte> data)
    {
        Begin(number);
        Write(Ascii($"<<{dictionary} /Length {data.Length}>>\nstream\n"));
        Write(data);
        Write("\nendstream\nendobj\n"u8);
    }

    /// <summary>Writes the cross-reference table and the trailer naming <paramref name="catalog"/> and <paramref name="info"/>.</summary>
    public void Finish(int catalog, int info)
    {
        Start();
        var xref = _position;
        var table = new PdfBytes(64 + (20 * _offsets.Count));
        table.Put($"xref\n0 {_offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in _offsets)
        {
            if (offset < 0)
                throw new InvalidOperationException("An object number was reserved but its object never written.");
            table.Put(offset.ToString("D10", CultureInfo.InvariantCulture)).Put(" 00000 n \n"u8);
        }

        table.Put($"trailer\n<</Size {_offsets.Count + 1} /Root {catalog} 0 R /Info {info} 0 R>>\nstartxref\n{xref}\n%%EOF\n");
        Write(table.Span);
        output.Flush();
    }

    private void Begin(int number)
    {
        Start();
        _offsets[number - 1] = _position;
        Write(Ascii($"{number} 0 obj\n"));
    }

    /// <summary>The header, with the binary comment line that tells transfer programs the file is not text.</summary>
    private void Start()
    {
        if (_started)
            return;
        _started = true;
        Write("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"u8);
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        output.Write(bytes);
        _position += bytes.Length;
    }

    private static byte[] Ascii(string text) => System.Text.Encoding.ASCII.GetBytes(text);
}
