// compose-check loads a compose file the way `docker compose config` does (compose-spec's
// compose-go: interpolation, the compose-spec JSON Schema, then the model's own consistency checks
// such as depends_on naming a service that exists), without a container engine.
//
//	go run . -env-file ../../../infra/.env.example ../../../infra/compose.yaml
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/compose-spec/compose-go/v2/cli"
)

func main() {
	envFile := flag.String("env-file", "", "dotenv file for ${...} interpolation (e.g. infra/.env.example)")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: compose-check [-env-file FILE] COMPOSE_FILE")
		os.Exit(2)
	}
	file, err := filepath.Abs(flag.Arg(0))
	if err != nil {
		fail(err)
	}
	options := []cli.ProjectOptionsFn{
		cli.WithWorkingDirectory(filepath.Dir(file)),
		// Only the env file given: the caller's environment must not hide a missing variable.
		cli.WithResolvedPaths(true),
	}
	if *envFile != "" {
		abs, err := filepath.Abs(*envFile)
		if err != nil {
			fail(err)
		}
		options = append(options, cli.WithEnvFiles(abs), cli.WithDotEnv)
	}
	projectOptions, err := cli.NewProjectOptions([]string{file}, options...)
	if err != nil {
		fail(err)
	}
	project, err := projectOptions.LoadProject(context.Background())
	if err != nil {
		fail(err)
	}
	replicas := 0
	for _, name := range project.ServiceNames() {
		service := project.Services[name]
		count := 1
		if service.Deploy != nil && service.Deploy.Replicas != nil {
			count = *service.Deploy.Replicas
		}
		replicas += count
		health := "no healthcheck"
		if service.HealthCheck != nil && !service.HealthCheck.Disable {
			health = "healthcheck"
		}
		var after []string
		for dependency, condition := range service.DependsOn {
			after = append(after, dependency+" "+condition.Condition)
		}
		sort.Strings(after)
		fmt.Printf("  %-13s x%d  %-14s after: %s\n", name, count, health, strings.Join(after, ", "))
	}
	fmt.Printf("compose-check: %s is valid: project %q, %d services (%d containers), %d volumes\n",
		flag.Arg(0), project.Name, len(project.Services), replicas, len(project.Volumes))
}

func fail(err error) {
	fmt.Fprintf(os.Stderr, "compose-check: %s: %v\n", flag.Arg(0), err)
	os.Exit(1)
}
