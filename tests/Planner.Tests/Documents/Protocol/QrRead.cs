using System.Diagnostics;

namespace Planner.Tests.Documents.Protocol;

/// <summary>Reads the QR codes printed on a PDF page as a phone would: rendered by poppler at 200 dpi, decoded by zbar's <c>zbarimg</c>.</summary>
internal static class QrRead
{
    public static async Task<IReadOnlyList<string>> CodesAsync(byte[] pdf, int page)
    {
        var folder = Path.Combine(Path.GetTempPath(), "planner-qr", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var input = Path.Combine(folder, "page.pdf");
            await File.WriteAllBytesAsync(input, pdf);
            var image = Path.Combine(folder, "page");
            await RunAsync("pdftoppm", ["-r", "200", "-f", $"{page}", "-l", $"{page}", "-png", "-singlefile", input, image], "poppler-utils");
            var output = await RunAsync("zbarimg", ["--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", image + ".png"], "zbar-tools");
            return output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<string> RunAsync(string program, string[] arguments, string package)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })
            ?? throw new InvalidOperationException($"{program} did not start; tests/run.sh installs {package}.");
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{program} failed ({process.ExitCode}): {errors}");
        return output;
    }
}
