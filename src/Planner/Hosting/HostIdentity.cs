using System.Security.Cryptography;

namespace Planner.Hosting;

/// <summary>
/// This process among all the hosts on one database: the machine's name, the process id and a random part, chosen
/// once when the process starts (so a restarted process on a recycled pid is another host). It names the claims
/// of the mail outbox (<c>outbox.claimed_by</c>).
/// </summary>
public sealed class HostIdentity
{
    public HostIdentity()
        : this($"{Environment.MachineName}:{Environment.ProcessId}:{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}")
    {
    }

    public HostIdentity(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    public string Id { get; }

    public override string ToString() => Id;
}
