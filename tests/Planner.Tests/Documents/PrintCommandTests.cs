using Microsoft.Data.Sqlite;
using Planner.Hosting;

namespace Planner.Tests.Documents;

public sealed class PrintCommandTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "planner-tests", Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Print_verb_writes_the_participants_pdf_in_the_language_asked()
    {
        Directory.CreateDirectory(_folder);
        var data = $"--Planner:DataDirectory={_folder}";
        Assert.Equal(0, await Cli.RunAsync(["seed", "demo", data]));
        var file = Path.Combine(_folder, "participants-ru.pdf");

        Assert.Equal(0, await Cli.RunAsync(["print", "participants", "--event", "1", "--lang", "ru", "--out", file, data]));
        PdfRead.InOrder(PdfRead.Text(await File.ReadAllBytesAsync(file)), "Список участников", "40-е заседание Совета РАТС ШОС", "Индия", "Иран");

        Assert.Equal(1, await Cli.RunAsync(["print", "agenda", "--event", "1", "--lang", "de", "--out", file, data]));
        Assert.Equal(1, await Cli.RunAsync(["print", "agenda", "--event", "424242", "--lang", "en", "--out", file, data]));
    }
}
