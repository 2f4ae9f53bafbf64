global using Planner.Text;
