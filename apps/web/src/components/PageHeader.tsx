import type { ReactNode } from 'react';
import { Flex, Typography } from 'antd';

export function PageHeader({ title, extra, children }: { title: ReactNode; extra?: ReactNode; children?: ReactNode }) {
  return (
    <div style={{ marginBottom: 16 }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={2} className="ktf-page-title" style={{ marginBottom: 0 }}>
          {title}
        </Typography.Title>
        {extra}
      </Flex>
      {children && <Typography.Paragraph type="secondary" style={{ marginTop: 4, marginBottom: 0 }}>{children}</Typography.Paragraph>}
    </div>
  );
}
