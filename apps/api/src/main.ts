import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Module } from '@nestjs/common';
import { hello } from '#ktf/domain';
@Module({})
class M {}
async function main(): Promise<void> { const app = await NestFactory.create(M); console.log(hello('x')); await app.close(); }
void main();
