import { test } from "node:test";
import assert from "node:assert/strict";
import { screenshot } from "./support/browser.mjs";
import { useApp } from "./support/fixture.mjs";

const app = useApp();

test("the entity page of ISIS-K lists its aliases, the articles 002, 003 and 004 by name, and links each mention", async () => {
  const page = await app.browser.newPage();
  await page.goto(`${app.url}entities?q=isis-k`);
  await page.getByRole("table", { name: "Entities" }).getByRole("link", { name: "ISIS-K", exact: true }).click();
  await page.getByRole("heading", { level: 1, name: "ISIS-K" }).waitFor();
  const aliases = await page.locator(".px-entity__aliases").innerText();
  assert.match(aliases, /ISIS-K/);
  const articles = await page.getByRole("list", { name: "Articles naming this entity" }).innerText();
  // 002 (no outlet: its first words), 003 (The Conversation) and 004 (its headline).
  for (const name of ["Despite all the successes the United…", "The Conversation", "ISIS-K Claims Responsibility for Moscow…"]) {
    assert.ok(articles.includes(name), `${name} names ISIS-K: ${articles}`);
  }
  assert.doesNotMatch(articles, /Khaama Press/, "000 only names ISIS, not ISIS-K");
  await screenshot(page, "entity-isis-k");

  const first = page.getByRole("list", { name: "Mentions in context" }).getByRole("link").first();
  await first.click();
  await page.waitForURL(/\/article\/00\d_[0-9a-f]+#m-\d+$/);
  const target = page.locator(".px-mark--target");
  await target.waitFor();
  assert.match(await target.innerText(), /IS/);
  await page.close();
});

/** The .txt files of tests/fixtures/NAME, as file-input payloads. */
async function fixtureFiles(name) {
  const { readdir, readFile } = await import("node:fs/promises");
  const dir = new URL(`./fixtures/${name}/`, import.meta.url);
  const files = [];
  for (const f of (await readdir(dir)).filter((n) => n.endsWith(".txt")).sort()) {
    files.push({ name: f, mimeType: "text/plain", buffer: await readFile(new URL(f, dir)) });
  }
  return files;
}

for (const [size, viewport] of [["desktop", { width: 1280, height: 800 }], ["phone", { width: 390, height: 844 }]]) {
  test(`names across outlets (${size}): two spellings are one person and say why; a shared surname is offered, one click merges`, async () => {
    const context = await app.browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(`${app.url}library`);
    await page.getByRole("heading", { level: 1, name: "Your articles" }).waitFor();
    const files = await fixtureFiles("names");
    await page.setInputFiles("#px-files", files);
    await page.getByText(`${files.length} imported article`).waitFor();
    await page.locator(".px-progress").waitFor({ state: "detached" });

    // "Sergei Lavrov" and "Sergey Lavrov", in two outlets, are one entity that says why.
    await page.goto(`${app.url}entities?q=lavrov`);
    const rows = page.getByRole("table", { name: "Entities" }).getByRole("link", { name: /Lavrov/ });
    await rows.first().waitFor();
    assert.equal(await rows.count(), 1, "one Lavrov in the entity list");
    await rows.first().click();
    await page.getByRole("heading", { level: 1, name: "Sergei Lavrov" }).waitFor();
    assert.match(await page.locator(".px-entity__aliases").innerText(), /Sergey Lavrov/);
    const why = page.getByRole("region", { name: "How its names were joined" });
    assert.match(await why.innerText(), /“Sergey Lavrov” and “Sergei Lavrov”: a transliteration or typo of the same name/);
    await screenshot(page, `entity-merged-${size}`);

    // The lone "Biden" of the third outlet could be Joe or Jill: offered, not merged.
    await page.goto(`${app.url}entities?q=biden`);
    await page.getByRole("table", { name: "Entities" }).getByRole("link", { name: "Biden", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Biden" }).waitFor();
    const maybe = page.getByRole("region", { name: "Possibly the same as" });
    assert.deepEqual(
      (await maybe.getByRole("link").allInnerTexts()).sort(),
      ["Jill Biden", "Joe Biden"],
    );
    assert.match(await maybe.innerText(), /more than one full name has it/);
    await screenshot(page, `entity-maybe-${size}`);
    await maybe.getByRole("button", { name: "Same as “Joe Biden”: merge" }).click();
    await page.getByRole("heading", { level: 1, name: "Joe Biden" }).waitFor();
    await page.waitForFunction(() => /Also written: Joe Biden, Biden/.test(document.querySelector(".px-entity__aliases")?.textContent ?? ""));

    // The merge form lists people first and never dates.
    await page.getByText("Correct this entity").click();
    const options = await page.getByRole("combobox", { name: "Same as" }).locator("option").allInnerTexts();
    assert.ok(options.length > 2);
    assert.match(options[1], /\(Person\)$/, `people first: ${options.slice(0, 3)}`);
    assert.ok(!options.some((o) => /\(Date\)$/.test(o)), "no dates offered");
    await context.close();
  });
}
