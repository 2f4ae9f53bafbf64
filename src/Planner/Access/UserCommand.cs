using System.Text;

namespace Planner.Access;

/// <summary>
/// <c>planner user create --name NAME --role admin|planner|viewer|controller</c>: creates a web user.
/// The password is read from standard input when it is redirected (its first line), otherwise
/// asked for twice at the terminal without echo. It never appears on the command line or in a log.
/// </summary>
internal static class UserCommand
{
    public static async Task<int> CreateAsync(IServiceProvider services, IReadOnlyDictionary<string, string> options, TextWriter output)
    {
        string? password;
        if (Console.IsInputRedirected)
        {
            password = await Console.In.ReadLineAsync();
        }
        else
        {
            password = Prompt("Password: ");
            if (Prompt("Repeat the password: ") != password)
            {
                await Console.Error.WriteLineAsync("The two passwords differ; nothing was created.");
                return 1;
            }
        }

        var user = await services.GetRequiredService<UserStore>().CreateAsync(
            options.GetValueOrDefault("name"), options.GetValueOrDefault("role"), password);
        await output.WriteLineAsync($"User {user.Name} ({TokenStore.RoleName(user.Role)}) created.");
        return 0;
    }

    private static string Prompt(string label)
    {
        Console.Error.Write(label);
        var text = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
                break;
            if (key.Key == ConsoleKey.Backspace)
            {
                if (text.Length > 0)
                    text.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
            }
        }

        Console.Error.WriteLine();
        return text.ToString();
    }
}
